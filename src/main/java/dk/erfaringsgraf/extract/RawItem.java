package dk.erfaringsgraf.extract;

import java.util.List;

/**
 * An item as a template found it, before coding: its section (chapter title as printed), kind, exact
 * one-line text, speaker (quotes only, may be null) and the 1-based lines of the file it was read from.
 */
public record RawItem(String section, ItemKind kind, String text, Speaker speaker, List<Integer> lines) {

    public RawItem {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An item needs at least one line: " + text);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An item needs text (line " + lines.get(0) + ")");
        }
    }

    /** The first line, which is the item's provenance. */
    public int line() {
        return lines.get(0);
    }
}
