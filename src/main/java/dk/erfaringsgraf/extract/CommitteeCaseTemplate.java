package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish municipal committee case ("dagsordenspunkt": Sagsgang, Sagsfremstilling, Økonomiske
 * konsekvenser, Indstilling, Beslutning i …), read from the document's {@link Document#blocks()} so every
 * form (plain text, Markdown, PDF, Word, web page) reads the same: the case headings by their text whatever
 * block type they came as; a paragraph block that does not end a sentence continued by the next one (a page
 * or column break, or a PDF text with a blank line after every line); numbered tracks in a paragraph
 * ("1) …: 2) …: 3) …") as recommendations after their lead as an observation; in the case text
 * (Sagsfremstilling) the paragraphs after a lead-in ending in a colon as recommendations while they stay
 * about as long as the items before them; routing sections (Sagsgang, Afbud, Fraværende, Bilag) as
 * furniture; the rest as observations. The bundled {@code norddjurs-erfaringer-2021.txt} (Norddjurs
 * Kommune's Covid-19 case) is an example. The fit is the share of the standard case headings present.
 */
public final class CommitteeCaseTemplate implements Template {

    private static final Pattern CASE_HEADING = Pattern.compile(
            "(Åben Sag|Lukket Sag|Sagsgang|Sagsfremstilling|Økonomiske konsekvenser|Indstilling|Bilag"
                    + "|Beslutning i .+|Sammenhæng til .+|Afbud:?|Fraværende:?)");
    /** Sections whose content is case metadata (routing, absentees), not findings. */
    private static final Pattern METADATA_SECTION = Pattern.compile("(Sagsgang|Afbud|Fraværende|Bilag)");
    private static final Pattern TRACK = Pattern.compile("\\d\\)\\s*");
    /**
     * A list item is about as long as the items before it; a paragraph several times longer than the longest
     * so far ends the list (counted in words, so a re-wrap of the same text changes nothing).
     */
    private static final double MAX_ITEM_GROWTH = 2.5;
    private static final String CASE_TEXT = "Sagsfremstilling";

    @Override
    public String id() {
        return "committee-case";
    }

    @Override
    public double fit(Document document) {
        List<String> texts = document.blocks().stream().map(Block::text).toList();
        long hits = texts.stream().map(TextJoiner::fold)
                .filter(t -> t.equals("Sagsfremstilling") || t.equals("Indstilling") || t.startsWith("Beslutning i ")
                        || t.equals("Økonomiske konsekvenser") || t.equals("Sagsgang"))
                .count();
        return Math.min(1.0, hits / 4.0);
    }

    @Override
    public boolean readsBlocks() {
        return true;
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        String section = CASE_TEXT;
        boolean inList = false;
        int longestItem = 0;
        boolean first = true;
        for (List<Block> paragraph : blockParagraphs(document)) {
            Block head = paragraph.get(0);
            String text = joinBlocks(paragraph);
            if (head.is(BlockType.LIST_ITEM) && !text.contains("1)") && text.contains("2)")) {
                // a reader took the first track's "1)" at a line start for a list number
                text = "1) " + text;
            }
            List<Integer> lines = lines(document, paragraph);
            if (head.is(BlockType.FURNITURE)) {
                lines.forEach(sink::furniture);
                continue;
            }
            if (first || CASE_HEADING.matcher(text).matches()) {
                lines.forEach(sink::heading);
                section = first ? CASE_TEXT : text.replaceAll(":$", "");
                first = false;
                inList = false;
                longestItem = 0;
            } else if (METADATA_SECTION.matcher(section).matches()) {
                lines.forEach(sink::furniture);
            } else {
                int words = text.split("\\s+").length;
                inList = inList && (longestItem == 0 || words <= MAX_ITEM_GROWTH * longestItem);
                longestItem = inList ? Math.max(longestItem, words) : 0;
                if ((!inList || head.is(BlockType.LIST_ITEM)) && text.contains("1)") && text.contains("2)")) {
                    emitTracks(document, text, section, lines, head.page(), sink);
                    inList = false;
                    longestItem = 0;
                    continue;
                } else {
                    boolean recommendation = inList && section.equals(CASE_TEXT);
                    sink.item(new RawItem(section, recommendation ? ItemKind.RECOMMENDATION : ItemKind.OBSERVATION,
                            text, null, lines, head.page()));
                }
                inList = inList || text.endsWith(":");
            }
        }
    }

    /** Blocks joined where a paragraph runs on: one that does not end a sentence continues in the next. */
    private static List<List<Block>> blockParagraphs(Document document) {
        List<List<Block>> out = new ArrayList<>();
        List<Block> current = null;
        for (Block b : document.blocks()) {
            boolean prose = b.is(BlockType.PARAGRAPH) || b.is(BlockType.LIST_ITEM);
            Block previous = current == null ? null : current.get(current.size() - 1);
            boolean sameKind = previous != null && (previous.is(b.type()) || previous.text().strip().endsWith("-"));
            boolean continues = previous != null && prose && sameKind
                    && (previous.is(BlockType.PARAGRAPH) || previous.is(BlockType.LIST_ITEM))
                    && !endsSentence(previous.text())
                    && !CASE_HEADING.matcher(TextJoiner.fold(b.text())).matches();
            if (continues) {
                current.add(b);
            } else {
                current = new ArrayList<>(List.of(b));
                out.add(current);
            }
        }
        return out;
    }

    /** The paragraph's text: its blocks joined, a word broken at a block's end ("kerneo-" "pgaven") rejoined. */
    private static String joinBlocks(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            String t = TextJoiner.fold(b.text());
            int n = out.length();
            if (n > 1 && out.charAt(n - 1) == '-' && Character.isLetter(out.charAt(n - 2))
                    && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                out.setLength(n - 1);
            } else if (n > 0) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    private static List<Integer> lines(Document document, List<Block> blocks) {
        List<Integer> out = new ArrayList<>();
        for (Block b : blocks) {
            for (int n = b.line(); n <= b.lineTo(); n++) {
                if (!document.isBlank(n)) {
                    out.add(n);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(blocks.get(0).line());
        }
        return out;
    }

    /** "… tre spor: 1) A: 2) B: 3) C." → the lead as an observation and each track as a recommendation. */
    private void emitTracks(Document document, String text, String section, List<Integer> lines, int page,
                            ParseSink sink) {
        List<Integer> trackStarts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TRACK.matcher(document.line(lines.get(i)));
            while (m.find()) {
                trackStarts.add(i);
            }
        }
        if (trackStarts.isEmpty()) {
            trackStarts.add(0);
        }
        String[] parts = text.split("\\s*\\d\\)\\s*");
        if (!parts[0].isBlank()) {
            sink.item(new RawItem(section, ItemKind.OBSERVATION, parts[0].strip(), null,
                    lines.subList(0, trackStarts.get(0) + 1), page));
        }
        for (int k = 1; k < parts.length; k++) {
            int from = trackStarts.get(k - 1);
            int to = k < trackStarts.size() ? trackStarts.get(k) : lines.size() - 1;
            String track = parts[k].strip().replaceAll("[:.]$", "");
            sink.item(new RawItem(section, ItemKind.RECOMMENDATION, track, null, lines.subList(from, to + 1), page));
        }
    }

    private static boolean endsSentence(String line) {
        String t = line.strip();
        return !t.isEmpty() && ".:!?)".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
