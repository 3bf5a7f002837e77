package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How completely a template read a file: of its non-blank lines, how many are in items, headings or
 * furniture, and which (if any) were not accounted for at all.
 */
public record Coverage(int nonBlank, int inItems, int headings, int furniture, List<Integer> unaccounted) {

    public Coverage {
        unaccounted = List.copyOf(unaccounted);
    }

    static Coverage of(Document document, Map<Integer, LineRole> roles) {
        int nonBlank = 0;
        int items = 0;
        int headings = 0;
        int furniture = 0;
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            if (document.isBlank(n)) {
                continue;
            }
            nonBlank++;
            LineRole role = roles.get(n);
            if (role == null) {
                missing.add(n);
            } else if (role == LineRole.ITEM) {
                items++;
            } else if (role == LineRole.HEADING) {
                headings++;
            } else {
                furniture++;
            }
        }
        return new Coverage(nonBlank, items, headings, furniture, missing);
    }

    /** Share of non-blank lines that are part of an item, 0..1. */
    public double itemShare() {
        return nonBlank == 0 ? 0 : (double) inItems / nonBlank;
    }

    /** Share of non-blank lines accounted for in any way, 0..1. */
    public double accountedShare() {
        return nonBlank == 0 ? 0 : (double) (nonBlank - unaccounted.size()) / nonBlank;
    }
}
