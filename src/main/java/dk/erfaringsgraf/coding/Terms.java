package dk.erfaringsgraf.coding;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns codebook stems and regexes into compiled patterns with one set of flags, so that the loader's
 * validation and the coder's matching can never disagree.
 */
final class Terms {

    /** Danish letters are letters, case is ignored unless a pattern says {@code (?-i)}. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** A stem starts a word: nothing letter- or digit-like directly before it (a hyphen or quote is fine). */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Terms() {
    }

    static Pattern regex(String source) {
        return Pattern.compile(source, FLAGS);
    }

    /** One pattern matching any of {@code stems} at a word start; longest first so a hit covers most text. */
    static Optional<Pattern> stems(List<String> stems) {
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        String alternatives = stems.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Terms::stemRegex)
                .collect(Collectors.joining("|"));
        return Optional.of(Pattern.compile(WORD_START + "(?:" + alternatives + ")", FLAGS));
    }

    /** The stem quoted literally, each run of spaces matching any whitespace. */
    static String stemRegex(String stem) {
        return SPACE.splitAsStream(stem.strip()).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    /** What is wrong with {@code stem}, if anything. */
    static Optional<String> stemProblem(String stem) {
        if (stem.isBlank()) {
            return Optional.of("has an empty stem");
        }
        if (!stem.equals(stem.strip())) {
            return Optional.of("stem '" + stem + "' has leading or trailing spaces");
        }
        if (!stem.equals(stem.toLowerCase(Locale.ROOT))) {
            return Optional.of("stem '" + stem + "' must be lowercase (use patterns for case-sensitive matches)");
        }
        return Optional.empty();
    }

    /** How many times {@code pattern} occurs in {@code text}. */
    static int count(Pattern pattern, CharSequence text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
