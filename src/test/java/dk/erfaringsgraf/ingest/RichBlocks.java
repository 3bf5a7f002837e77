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
        return text.blocks().stream().map(RichBlocks::enrich).toList();
    }

    private static Block enrich(Block b) {
        String t = b.text();
        if (t.startsWith("- ") && t.length() > 2) {
            return Block.of(BlockType.LIST_ITEM, 1, t.substring(2).strip(), b.line(), b.lineTo());
        }
        boolean punctuated = t.matches(".*[.!?:;,”\"]$");
        return t.length() < SHORT && !punctuated ? Block.of(BlockType.HEADING, 2, t, b.line(), b.lineTo()) : b;
    }

    /** (type, level, text) of each block: what a round trip must keep. */
    static List<String> shape(List<Block> blocks) {
        return blocks.stream().map(b -> b.type() + "/" + b.level() + "/" + b.text()).toList();
    }
}
