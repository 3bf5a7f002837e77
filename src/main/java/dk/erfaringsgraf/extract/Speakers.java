package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the short references of an article to the person it introduced: after "…, fortæller Anders
 * Jørgensen, it- og digitaliseringschef i Aarhus Kommune" a later "forklarer Anders Jørgensen" or
 * "forklarer Jørgensen" takes his role and organisation, and "siger hun" / "siger han" the person named last.
 * A pronoun with no one named before it stays unattributed: a quote never borrows a speaker from nowhere.
 */
final class Speakers {

    private Speakers() {
    }

    /** The items with their quotes' short references resolved, in order. */
    static List<RawItem> resolve(List<RawItem> items) {
        List<Speaker> introduced = new ArrayList<>();
        List<RawItem> out = new ArrayList<>(items.size());
        for (RawItem item : items) {
            Speaker s = item.speaker();
            if (item.kind() != ItemKind.QUOTE || s == null || s.person() == null) {
                out.add(item);
                continue;
            }
            Speaker resolved = s;
            if (Attribution.PRONOUNS.contains(s.person())) {
                resolved = introduced.isEmpty() ? null : introduced.get(introduced.size() - 1);
            } else if (s.role() == null && s.organisation() == null) {
                resolved = introduced.stream().filter(p -> sameOrShort(p.person(), s.person()))
                        .reduce((a, b) -> b).orElse(s);
            }
            if (resolved != null && resolved.person() != null) {
                introduced.add(resolved);
            }
            out.add(new RawItem(item.section(), item.kind(), item.text(), resolved, item.lines(), item.page(),
                    item.kindBy()));
        }
        return out;
    }

    /**
     * "Anders Jørgensen" refers to "Anders Jørgensen"; so do "Jørgensen", the surname alone, and "Mette Holm"
     * to "Mette Kirstine Holm" (first name and surname without the middle name).
     */
    private static boolean sameOrShort(String full, String reference) {
        if (full.equals(reference)) {
            return true;
        }
        String[] f = full.split("\\s+");
        String[] r = reference.split("\\s+");
        String surname = f[f.length - 1];
        if (r.length == 1) {
            return surname.equals(r[0]);
        }
        return r.length == 2 && f.length > 2 && f[0].equals(r[0]) && surname.equals(r[1]);
    }
}
