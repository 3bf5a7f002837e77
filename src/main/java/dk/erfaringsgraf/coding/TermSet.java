package dk.erfaringsgraf.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The compiled stems and regexes of one theme or actor (or a theme's section regexes). */
final class TermSet {

    private final List<Pattern> patterns;

    private TermSet(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static TermSet of(List<String> stems, List<String> regexes) {
        List<Pattern> out = new ArrayList<>();
        Terms.stems(stems).ifPresent(out::add);
        regexes.stream().map(Terms::regex).forEach(out::add);
        return new TermSet(out);
    }

    /** Total number of matches of all terms in {@code text}. */
    int count(CharSequence text) {
        int n = 0;
        for (Pattern p : patterns) {
            n += Terms.count(p, text);
        }
        return n;
    }

    boolean matches(CharSequence text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
