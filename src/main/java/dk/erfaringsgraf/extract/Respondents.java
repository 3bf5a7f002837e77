package dk.erfaringsgraf.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a survey report is about, found in its own words: the plural noun its prose makes the subject of
 * reporting verbs ("kommunaldirektørerne fremhæver", "flere ledere påpeger"). A report that speaks ABOUT its
 * respondents in the third person is the report's voice; the respondents' own words are quotes. No noun is
 * fixed in code, so a survey of school leaders or citizens is read the same way as one of directors.
 */
final class Respondents {

    /** "Xerne verb" or "Xere verb", one word allowed between ("kommunaldirektørerne dog også fremhæver"). */
    private static final Pattern REPORTED = Pattern.compile("(\\p{L}{4,}?)(?:erne|ere|er)\\s+(?:\\p{L}+\\s+)?"
            + "(?:fremhæver|peger|fortæller|påpeger|beskriver|understreger|mener|giver udtryk|oplever|opfordrer"
            + "|siger|tilkendegiver|ønsker)\\b");
    /** One report of a noun is a turn of phrase; the subject of the report recurs. */
    private static final int MIN_REPORTS = 2;

    private Respondents() {
    }

    /** The stem of the respondents' noun ("kommunaldirektør"), if the text reports on one. */
    static Optional<String> stem(List<String> texts) {
        String text = String.join(" ", texts).toLowerCase(Locale.ROOT).replaceAll("-\\s*\\n\\s*", "")
                .replaceAll("\\s+", " ");
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = REPORTED.matcher(text);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_REPORTS)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** A pattern finding the respondents' noun in lower-cased text; one that finds nothing when there is none. */
    static Pattern pattern(List<String> texts) {
        return stem(texts).map(s -> Pattern.compile(Pattern.quote(s))).orElse(Pattern.compile("(?!)"));
    }
}
