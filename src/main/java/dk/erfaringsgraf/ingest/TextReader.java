package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown: decoded by {@link TextDecoder}, split into lines, then read into blocks:
 * hard-wrapped lines joined by {@link LineReflow}, runs grouped by {@link TextLayout}, typed by
 * {@link TextBlocks} (headings, list items, quotes, captions, and the furniture {@link TextFurniture} finds).
 */
public final class TextReader implements ReportReader {

    private static final Pattern SIDE_BY_SIDE_QUOTE = Pattern.compile("^(.*[.!?”]) {2,}([”“\"„«]\\p{Lu}.*)$");

    @Override
    public String format() {
        return "txt";
    }

    /** "md" for Markdown files, whose marks say what the layout is; "txt" for plain text, which only has layout. */
    static String formatOf(String file) {
        String ext = Readers.extension(file);
        return ext.equals("md") || ext.equals("markdown") ? "md" : "txt";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "md", "markdown", "text");
    }

    @Override
    public Document read(String file, byte[] bytes, List<String> warnings) {
        TextDecoder.Decoded decoded = new TextDecoder().decode(file, bytes);
        warnings.addAll(decoded.warnings());
        List<String> lines = lines(file, decoded.text());
        return new Document(file, lines, decoded.charset(), Documents.sha256(bytes), formatOf(file), blocks(lines));
    }

    /** The blocks of a text file's lines, in file order; every non-blank line in exactly one. */
    static List<Block> blocks(List<String> lines) {
        List<TextLine> shaped = new ArrayList<>(lines.size());
        for (int n = 1; n <= lines.size(); n++) {
            // two quotations set side by side in a PDF come out on one line, a wide gap between them
            // ("… end Sorø.  ”Det er meget vigtigt, at vi"): two lines of text with the same number
            Matcher side = SIDE_BY_SIDE_QUOTE.matcher(lines.get(n - 1));
            if (side.matches()) {
                shaped.add(TextLine.of(n, side.group(1)));
                shaped.add(TextLine.of(n, side.group(2)));
            } else {
                shaped.add(TextLine.of(n, lines.get(n - 1)));
            }
        }
        LineReflow reflow = LineReflow.estimate(shaped);
        List<TextRun> runs = new TextLayout(reflow, new TextFurniture(shaped), new TextTitles(shaped)).runs(shaped);
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(lines));
        return new TextBlocks(joiner, runs).blocks(runs);
    }

    /** Splits decoded text into lines; refuses a file with no text. */
    static List<String> lines(String file, String decoded) {
        String text = decoded;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = Arrays.asList(text.split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        if (lines.stream().allMatch(TextJoiner::isBlank)) {
            throw new InputException(file + ": contains only blank lines");
        }
        return List.copyOf(lines);
    }
}
