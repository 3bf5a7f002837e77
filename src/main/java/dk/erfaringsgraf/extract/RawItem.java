package dk.erfaringsgraf.extract;

import java.util.List;

/**
 * An item as a template found it, before coding: its section (chapter title as printed), kind and why it has
 * that kind, exact one-line text, speaker (quotes only, may be null), the 1-based lines of the file it was
 * read from and, for a paged form (PDF), the page of its first line (0 otherwise).
 */
public record RawItem(String section, ItemKind kind, String text, Speaker speaker, List<Integer> lines, int page,
                      KindBy kindBy) {

    public RawItem(String section, ItemKind kind, String text, Speaker speaker, List<Integer> lines) {
        this(section, kind, text, speaker, lines, 0);
    }

    /** An item whose kind has the evidence its kind implies ({@link KindBy#implied}). */
    public RawItem(String section, ItemKind kind, String text, Speaker speaker, List<Integer> lines, int page) {
        this(section, kind, text, speaker, lines, page, KindBy.implied(kind));
    }

    public RawItem {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An item needs at least one line: " + text);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An item needs text (line " + lines.get(0) + ")");
        }
        if (kindBy == null) {
            throw new IllegalArgumentException("An item needs the evidence for its kind (line " + lines.get(0) + ")");
        }
    }

    /** The same item with another kind, for another reason. */
    public RawItem as(ItemKind newKind, KindBy why) {
        return new RawItem(section, newKind, text, speaker, lines, page, why);
    }

    /** The first line of the item's provenance. */
    public int line() {
        return lines.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    /** The last line of the item's provenance, inclusive. */
    public int lineTo() {
        return lines.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
