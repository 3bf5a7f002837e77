package dk.erfaringsgraf.ingest;

/**
 * One unit of a report as its reader found it: type, level, text (joined, dehyphenated, glyphs and markup
 * removed) and provenance. Every non-blank line of a text file belongs to exactly one block, so coverage can
 * be counted from blocks and nothing is dropped unseen.
 *
 * @param level  heading level (1 = top) or list nesting (1 = outermost); 0 when the form does not say
 * @param line   first 1-based line of {@link Document#lines()} the block was read from
 * @param lineTo last line, inclusive ({@code >= line})
 * @param page   1-based page for paged forms (PDF), 0 otherwise
 */
public record Block(BlockType type, int level, String text, int line, int lineTo, int page) {

    public Block {
        if (type == null || text == null) {
            throw new IllegalArgumentException("A block needs a type and text (line " + line + ")");
        }
        if (line < 1 || lineTo < line) {
            throw new IllegalArgumentException("Bad line range " + line + "–" + lineTo + " for: " + text);
        }
        if (level < 0 || page < 0) {
            throw new IllegalArgumentException("Negative level or page at line " + line);
        }
    }

    /** A block of an unpaged form. */
    public static Block of(BlockType type, int level, String text, int line, int lineTo) {
        return new Block(type, level, text, line, lineTo, 0);
    }

    public boolean is(BlockType t) {
        return type == t;
    }

    /** The same block with another type (a reader or classifier re-judging it). */
    public Block as(BlockType t) {
        return new Block(t, level, text, line, lineTo, page);
    }

    /** Number of lines the block spans. */
    public int lineCount() {
        return lineTo - line + 1;
    }
}
