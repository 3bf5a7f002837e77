package dk.erfaringsgraf.ingest;

/**
 * What a {@link Block} of a report is, as its layout says, before anything is judged a finding. Readers
 * decide only what the form shows (a heading style, a bullet, a blockquote, a repeated footer); whether a
 * heading is a chapter or a list label, and what kind of finding a paragraph is, the extract stage decides.
 */
public enum BlockType {
    /** A title or sub-title: Markdown {@code #}, a heading style, a larger or bolder font, or a short isolated line. */
    HEADING,
    /** Running prose, hard-wrapped lines already joined. */
    PARAGRAPH,
    /** A bulleted or numbered item, its glyph or number removed; level 1 is the outermost list. */
    LIST_ITEM,
    /** Text the form marks as quoted: a blockquote, a Quote style, text after a lone quotation-mark line. */
    QUOTE,
    /** A figure or photo caption ("Foto: …", "Figur 2 …"). */
    CAPTION,
    /** One row of a table, its cells joined by " | ". */
    TABLE_ROW,
    /** Layout, not report text: page numbers, running headers and footers, table-of-contents lines, glyphs. */
    FURNITURE
}
