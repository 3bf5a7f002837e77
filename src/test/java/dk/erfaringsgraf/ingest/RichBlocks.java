package dk.erfaringsgraf.ingest;

import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks with every type a reader must keep, for round trips through rendered forms: a small hand-made
 * report, and the bundled Sorø report read by the (placeholder) text reader with short unpunctuated lines
 * taken as headings and "- " lines as list items, so it has the variety of a real report.
 */
final class RichBlocks {

    private static final int SHORT = 60;

    private RichBlocks() {
    }

    static List<Block> sample() {
        String[][] rows = {
                {"HEADING", "1", "Læring og erfaring i en Corona-krise"},
                {"PARAGRAPH", "0", "Evalueringen bygger på interviews med 24 medarbejdere & ledere <alle afdelinger>."},
                {"HEADING", "2", "Hvad vi lærte, kort fortalt"},
                {"LIST_ITEM", "1", "Virtuelle møder sparer transporttid"},
                {"LIST_ITEM", "2", "men trætter ved mere end fire møder om dagen"},
                {"LIST_ITEM", "1", "Jobbanken flyttede 40 medarbejdere på én uge"},
                {"QUOTE", "0", "Jeg kunne ikke have været et bedre sted under Corona-krisen, end Sorø."},
                {"CAPTION", "0", "Foto: Rådhuset i Sorø"},
                {"HEADING", "3", "Ledelse"},
                {"PARAGRAPH", "0", "Ledelse på afstand kræver tydelige aftaler."},
        };
        List<Block> blocks = new ArrayList<>();
        for (String[] row : rows) {
            blocks.add(Block.of(BlockType.valueOf(row[0]), Integer.parseInt(row[1]), row[2], 1, 1));
        }
        return blocks;
    }

    static List<Block> soroe() {
        Document text = new TextReader().read(CorpusFiles.SOROE, CorpusFiles.bytes(CorpusFiles.SOROE), new ArrayList<>());
        return text.blocks();
    }

    /**
     * (type, level, text) of each block: what a round trip must keep. Layout (furniture) goes to the page
     * header or nowhere, and a heading whose level the plain text did not say is set at level 1.
     */
    static List<String> shape(List<Block> blocks) {
        return blocks.stream().filter(b -> !b.is(BlockType.FURNITURE))
                .map(b -> b.type() + "/" + (b.is(BlockType.HEADING) ? Math.max(1, b.level()) : b.level()) + "/"
                        + b.text()).toList();
    }
}
