package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One person printed in several ways across a corpus is one speaker. A name whose words begin another name
 * of the same organisation ("Stefan Birkebjerg" of "Stefan Birkebjerg Andersen", both Faxe Kommune) is that
 * person: every quote takes the fullest form, which keeps the shorter forms as aliases. A short form that
 * begins two different full names is left alone, since it could be either. Names of one word are never
 * merged.
 */
final class PersonNames {

    private PersonNames() {
    }

    /** What was merged: the alias, the person it is and the organisation, for the summary. */
    record Merge(String alias, String person, String organisation) {
    }

    /** The sources with their speakers' names merged, and the merges made. */
    record Result(List<SourceExtraction> sources, List<Merge> merges) {
    }

    static Result merge(List<SourceExtraction> sources) {
        Set<Speaker> named = new LinkedHashSet<>();
        for (SourceExtraction s : sources) {
            for (SourcedItem i : s.items()) {
                Speaker sp = i.item().speaker();
                if (sp != null && sp.person() != null) {
                    named.add(new Speaker(sp.person(), null, sp.organisation()));
                }
            }
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        List<Merge> merges = new ArrayList<>();
        for (Speaker shorter : named) {
            List<Speaker> longer = named.stream().filter(l -> extends_(l, shorter)).toList();
            if (longer.size() == 1) {
                canonical.put(key(shorter), longer.get(0).person());
                merges.add(new Merge(shorter.person(), longer.get(0).person(), shorter.organisation()));
            }
        }
        if (canonical.isEmpty()) {
            return new Result(sources, List.of());
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        canonical.forEach((k, person) -> aliases.computeIfAbsent(person, p -> new ArrayList<>())
                .add(k.substring(0, k.indexOf('|'))));
        List<SourceExtraction> out = new ArrayList<>();
        for (SourceExtraction s : sources) {
            List<SourcedItem> items = new ArrayList<>();
            for (SourcedItem i : s.items()) {
                items.add(new SourcedItem(i.file(), renamed(i.item(), canonical, aliases)));
            }
            out.add(new SourceExtraction(s.meta(), s.renditions(), items, s.duplicatesDropped()));
        }
        return new Result(out, merges);
    }

    private static RawItem renamed(RawItem item, Map<String, String> canonical, Map<String, List<String>> aliases) {
        Speaker s = item.speaker();
        if (s == null || s.person() == null) {
            return item;
        }
        String person = canonical.getOrDefault(key(new Speaker(s.person(), null, s.organisation())), s.person());
        List<String> known = aliases.getOrDefault(person, List.of());
        if (person.equals(s.person()) && known.isEmpty()) {
            return item;
        }
        Speaker merged = new Speaker(person, s.role(), s.organisation(), known);
        return new RawItem(item.section(), item.kind(), item.text(), merged, item.lines(), item.page(), item.kindBy());
    }

    /** Whether {@code longer} is a fuller form of {@code shorter}: same organisation (or one unknown), more words. */
    private static boolean extends_(Speaker longer, Speaker shorter) {
        String[] l = longer.person().split("\\s+");
        String[] s = shorter.person().split("\\s+");
        if (s.length < 2 || l.length <= s.length) {
            return false;
        }
        boolean sameOrganisation = longer.organisation() == null || shorter.organisation() == null
                || Objects.equals(longer.organisation(), shorter.organisation());
        for (int i = 0; i < s.length; i++) {
            if (!l[i].equals(s[i])) {
                return false;
            }
        }
        return sameOrganisation;
    }

    private static String key(Speaker s) {
        return s.person() + "|" + s.organisation();
    }
}
