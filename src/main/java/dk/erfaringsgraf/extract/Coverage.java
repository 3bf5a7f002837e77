package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How completely a template read a file: of its non-blank lines, how many are in items, headings or
 * furniture, and which (if any) were not accounted for at all; and per block type the reader found, how
 * many lines it has and how many of them ended in items.
 *
 * @param blockLines      non-blank lines per block type, as the reader typed them
 * @param blockLinesInItems of those, the lines that are part of an item
 */
public record Coverage(int nonBlank, int inItems, int headings, int furniture, List<Integer> unaccounted,
                       Map<BlockType, Integer> blockLines, Map<BlockType, Integer> blockLinesInItems) {

    /** Block types whose text is a report's running text, where findings are expected. */
    static final List<BlockType> PROSE = List.of(BlockType.PARAGRAPH, BlockType.LIST_ITEM, BlockType.QUOTE);

    public Coverage {
        unaccounted = List.copyOf(unaccounted);
        blockLines = Map.copyOf(blockLines);
        blockLinesInItems = Map.copyOf(blockLinesInItems);
    }

    static Coverage of(Document document, Map<Integer, LineRole> roles) {
        int nonBlank = 0;
        int items = 0;
        int headings = 0;
        int furniture = 0;
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            if (document.isBlank(n)) {
                continue;
            }
            nonBlank++;
            LineRole role = roles.get(n);
            if (role == null) {
                missing.add(n);
            } else if (role == LineRole.ITEM) {
                items++;
            } else if (role == LineRole.HEADING) {
                headings++;
            } else {
                furniture++;
            }
        }
        Map<BlockType, Integer> lines = new EnumMap<>(BlockType.class);
        Map<BlockType, Integer> inItems = new EnumMap<>(BlockType.class);
        for (Block block : document.blocks()) {
            for (int n = block.line(); n <= block.lineTo(); n++) {
                if (!document.isBlank(n)) {
                    lines.merge(block.type(), 1, Integer::sum);
                    inItems.merge(block.type(), roles.get(n) == LineRole.ITEM ? 1 : 0, Integer::sum);
                }
            }
        }
        return new Coverage(nonBlank, items, headings, furniture, missing, lines, inItems);
    }

    /** Share of non-blank lines that are part of an item, 0..1. */
    public double itemShare() {
        return nonBlank == 0 ? 0 : (double) inItems / nonBlank;
    }

    /** Share of non-blank lines accounted for in any way, 0..1. */
    public double accountedShare() {
        return nonBlank == 0 ? 0 : (double) (nonBlank - unaccounted.size()) / nonBlank;
    }

    /** Lines of running text (paragraphs, list items, quotes) as the reader typed them. */
    public int proseLines() {
        return PROSE.stream().mapToInt(t -> blockLines.getOrDefault(t, 0)).sum();
    }

    /** Of {@link #proseLines()}, those that ended in items. */
    public int proseLinesInItems() {
        return PROSE.stream().mapToInt(t -> blockLinesInItems.getOrDefault(t, 0)).sum();
    }
}
