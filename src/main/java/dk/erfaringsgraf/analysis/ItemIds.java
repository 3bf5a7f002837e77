package dk.erfaringsgraf.analysis;

import dk.erfaringsgraf.coding.Item;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The graph stage's item ids: {@code source + ":" + line} ("soroe-2020:332"), with a suffix "b", "c", …
 * when two items of one source share a first line (none do in the bundled corpus: renditions are merged,
 * so every item comes from its source's primary file).
 */
public final class ItemIds {

    private ItemIds() {
    }

    /** The id of each of {@code items}, in the same order; suffixes go to later items. */
    public static List<String> of(List<Item> items) {
        Set<String> taken = new HashSet<>();
        List<String> ids = new ArrayList<>(items.size());
        for (Item item : items) {
            String base = item.source() + ":" + item.line();
            String id = base;
            for (char suffix = 'b'; !taken.add(id); suffix++) {
                id = base + suffix;
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
