package dk.erfaringsgraf.testing;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Rich block lists from the corpus for typesetting tests: the placeholder text reader gives one paragraph
 * per line, so lines are typed here as a report's layout would show them.
 */
public final class TypedBlocks {

    private TypedBlocks() {
    }

    /**
     * The blocks of a bundled corpus text as the text reader types them, layout (furniture) left out as a
     * typesetter would, headings whose level plain text does not say at level 1.
     */
    public static List<Block> of(String corpusFile) {
        return new TextReader().read(corpusFile, CorpusFiles.bytes(corpusFile), new ArrayList<>()).blocks().stream()
                .filter(b -> !b.is(BlockType.FURNITURE))
                .map(b -> b.is(BlockType.HEADING) && b.level() == 0
                        ? Block.of(BlockType.HEADING, 1, b.text(), b.line(), b.lineTo()) : b)
                .toList();
    }

    /**
     * "- " lines as list items (dash removed), short lines (at most 8 words) with a letter and without final
     * punctuation as headings (the first as the level-1 title, the rest level 2), the rest as they are.
     */
    public static List<Block> typed(Document text) {
        List<Block> out = new ArrayList<>();
        for (Block b : text.blocks()) {
            String t = b.text();
            if (t.startsWith("- ")) {
                out.add(Block.of(BlockType.LIST_ITEM, 1, t.substring(2).strip(), b.line(), b.lineTo()));
            } else if (t.split(" ").length <= 8 && t.matches(".*\\p{L}.*") && !t.matches(".*[.!?:;,]$")) {
                out.add(Block.of(BlockType.HEADING, out.isEmpty() ? 1 : 2, t, b.line(), b.lineTo()));
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
