package dk.erfaringsgraf.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the physical lines of one item into the single line the output carries: whitespace folded,
 * line-end hyphenation resolved by a {@link Dehyphenator} built from the same document.
 */
public final class TextJoiner {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");
    /** Characters that are only layout: no-break and zero-width spaces, the PDF bullet glyph. */
    private static final Pattern BLANKISH = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000\\uFEFF]*");

    private final Dehyphenator dehyphenator;

    public TextJoiner(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    /** A joiner for documents without hyphenation at line ends (every line-end hyphen is kept). */
    public static TextJoiner keepingHyphens() {
        return new TextJoiner(Dehyphenator.KEEP_ALL);
    }

    public static boolean isBlank(String line) {
        return BLANKISH.matcher(line).matches();
    }

    /** Collapses runs of (no-break) whitespace to one space and trims. */
    public static String fold(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Joins lines into one: blank lines skipped, "fra-\nmed" resolved by the dehyphenator. */
    public String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = fold(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() == 0) {
                out.append(line);
            } else if (endsWithBreakHyphen(out)) {
                appendHyphenated(out, line);
            } else {
                out.append(' ').append(line);
            }
        }
        return out.toString();
    }

    private void appendHyphenated(StringBuilder out, String line) {
        int wordStart = out.length() - 1;
        while (wordStart > 0 && !Character.isWhitespace(out.charAt(wordStart - 1))) {
            wordStart--;
        }
        String left = out.substring(wordStart, out.length() - 1);
        int wordEnd = 0;
        while (wordEnd < line.length() && !Character.isWhitespace(line.charAt(wordEnd))) {
            wordEnd++;
        }
        String right = line.substring(0, wordEnd);
        out.setLength(wordStart);
        out.append(dehyphenator.resolve(left, right)).append(line.substring(wordEnd));
    }

    /** "sam-" ends with a break hyphen; "skole- og" or a lone dash ("–", " - ") does not. */
    static boolean endsWithBreakHyphen(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
    }
}
