package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what a {@link Template} finds in one document: items, the role of every line it accounts
 * for, and warnings. Coverage is computed from the line roles, so a template must account for headings
 * and furniture (page numbers, table of contents, addresses) explicitly.
 */
public final class ParseSink {

    private final List<RawItem> items = new ArrayList<>();
    private final Map<Integer, LineRole> roles = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();

    public void item(RawItem item) {
        items.add(item);
        item.lines().forEach(n -> roles.put(n, LineRole.ITEM));
    }

    public void item(String section, ItemKind kind, String text, Speaker speaker, List<Integer> lines) {
        item(new RawItem(section, kind, text, speaker, lines));
    }

    /** Marks a line a heading, unless an item already claimed it. */
    public void heading(int line) {
        roles.putIfAbsent(line, LineRole.HEADING);
    }

    /** Marks a line furniture, unless an item already claimed it. */
    public void furniture(int line) {
        roles.putIfAbsent(line, LineRole.FURNITURE);
    }

    /** Marks lines as part of an item that was merged away (a repeated pull-quote, say). */
    public void claim(List<Integer> lines) {
        lines.forEach(n -> roles.put(n, LineRole.ITEM));
    }

    public void warn(String message) {
        warnings.add(message);
    }

    public List<RawItem> items() {
        return List.copyOf(items);
    }

    /** Removes items, e.g. after a template found one repeats another; their lines stay accounted. */
    public void removeItems(java.util.Collection<RawItem> toRemove) {
        items.removeAll(toRemove);
    }

    /**
     * Replaces the items with {@code items}; the lines of {@code context} (items found to be no findings)
     * count as headings, context for the items around them.
     */
    void replaceItems(List<RawItem> items, List<RawItem> context) {
        this.items.clear();
        this.items.addAll(items);
        for (RawItem c : context) {
            c.lines().forEach(n -> roles.put(n, LineRole.HEADING));
        }
    }

    public Map<Integer, LineRole> roles() {
        return Map.copyOf(roles);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
