package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what a PDF's text layer does to signatures and headings, so the outline reader reads a text dump
 * as it reads the typeset report:
 * <ul>
 * <li>a signature set on its own line in the PDF comes out glued to the next paragraph ("Lasse Jacobsen, Viborg
 * Kommune Vi skal tillade …"): split into the signature and the paragraph;</li>
 * <li>a signature broken after its comma comes out as two blocks ("Ulrik Andersen," / "Thisted Kommune"):
 * joined;</li>
 * <li>two headings stacked with nothing between them came from two columns: the first column's heading
 * governs what follows, the second column's starts at the paragraph that lost its drop cap and so opens in
 * lower case ("i Kommunaldirektørforeningens spørgeskemaundersøgelse …"); the second heading is moved there.
 * Without such a paragraph the order stays as read.</li>
 * </ul>
 * Blocks keep their own lines, so provenance and coverage do not change.
 */
final class DumpRepairs {

    private static final String SIGNATURE = "(" + Attribution.NAME + ",\\s(?:" + Organisations.PATTERN + "))";
    private static final Pattern GLUED = Pattern.compile("^" + SIGNATURE + "\\s(\\p{Lu}.*)$");
    /** Reluctant: the earliest sentence end after which a whole signature and a new sentence follow. */
    private static final Pattern GLUED_INSIDE = Pattern.compile("^(.*?[.!?”’])\\s" + SIGNATURE + "\\s(\\p{Lu}.*)$");

    private DumpRepairs() {
    }

    /** {@code document} with its blocks repaired; the same document when nothing needed it. */
    static Document apply(Document document) {
        List<Block> blocks = stackedHeadings(signatures(document, document.blocks()));
        if (blocks.equals(document.blocks())) {
            return document;
        }
        return new Document(document.file(), document.lines(), document.charset(), document.sha256(),
                document.format(), blocks);
    }

    private static List<Block> signatures(Document document, List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (prose(block) && block.text().endsWith(",") && i + 1 < blocks.size() && prose(blocks.get(i + 1))) {
                String joined = block.text() + " " + blocks.get(i + 1).text();
                if (Attribution.nameLine(joined) != null) {
                    out.add(new Block(block.type(), block.level(), joined, block.line(), blocks.get(i + 1).lineTo(),
                            block.page()));
                    i++;
                    continue;
                }
            }
            Matcher inside = GLUED_INSIDE.matcher(block.text());
            if (prose(block) && inside.matches() && Attribution.nameLine(inside.group(2)) != null) {
                // "… – nu. Lasse Jacobsen, Viborg Kommune Vi skal …": the quote, its signature, the next paragraph
                int at = lineOf(document, block, inside.group(2));
                out.add(new Block(block.type(), 0, inside.group(1), block.line(), Math.max(block.line(), at - 1),
                        block.page()));
                block = new Block(block.type(), 0, inside.group(2) + " " + inside.group(3), at, block.lineTo(),
                        block.page());
            }
            Matcher m = GLUED.matcher(block.text());
            if (prose(block) && m.matches() && Attribution.nameLine(m.group(1)) != null) {
                out.add(new Block(block.type(), 0, m.group(1), block.line(), block.line(), block.page()));
                out.add(new Block(block.type(), 0, m.group(2), block.line(), block.lineTo(), block.page()));
                continue;
            }
            out.add(block);
        }
        return out;
    }

    private static List<Block> stackedHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i + 1 < out.size(); i++) {
            int second = nextContent(out, i + 1);
            if (!out.get(i).is(BlockType.HEADING) || second < 0 || !out.get(second).is(BlockType.HEADING)) {
                continue;
            }
            int target = -1;
            for (int j = second + 1; j < out.size() && !out.get(j).is(BlockType.HEADING); j++) {
                if (out.get(j).is(BlockType.PARAGRAPH) && opensLower(out.get(j).text())) {
                    target = j;
                    break;
                }
            }
            if (target > second + 1) {
                Block heading = out.remove(second);
                out.add(target - 1, heading);
            }
        }
        return out;
    }

    /** The line of {@code block} on which {@code signature} starts (the line of its first word). */
    private static int lineOf(Document document, Block block, String signature) {
        String first = signature.split("\\s+")[0];
        for (int n = block.lineTo(); n > block.line(); n--) {
            if (document.line(n).strip().startsWith(first)) {
                return n;
            }
        }
        return block.line();
    }

    private static int nextContent(List<Block> blocks, int from) {
        for (int j = from; j < blocks.size(); j++) {
            if (!blocks.get(j).is(BlockType.FURNITURE)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean prose(Block block) {
        return block.is(BlockType.PARAGRAPH) || block.is(BlockType.QUOTE);
    }

    private static boolean opensLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }
}
