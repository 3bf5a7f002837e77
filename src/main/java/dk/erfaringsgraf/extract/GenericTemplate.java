package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fallback for a text with no recognisable report layout: short stand-alone lines without sentence
 * punctuation are headings (they become the section of what follows), every other paragraph or bullet
 * is an observation, and a warning names the file so the user knows nothing finer was read.
 */
public final class GenericTemplate implements Template {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•\\uF0B7▪–]|\\d{1,2}[.)])\\s+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final int MAX_HEADING_LENGTH = 80;

    @Override
    public String id() {
        return "generic";
    }

    /** Fits anything a little, so it is chosen only when no real layout does. */
    @Override
    public double fit(Document document) {
        return 0.1;
    }

    @Override
    public void parse(Document document, ParseSink sink) {
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(document.lines()));
        String section = document.baseName();
        int paragraphs = 0;
        for (LineRun block : LineRun.split(document, 0)) {
            if (isHeading(document, block)) {
                sink.heading(block.first());
                section = MARKDOWN_HEADING.matcher(TextJoiner.fold(document.line(block.first()))).replaceFirst("");
                continue;
            }
            paragraphs += emitBlock(document, joiner, section, block, sink);
        }
        sink.warn(document.file() + ": no known report layout; " + paragraphs
                + " paragraphs read as observations");
    }

    private static int emitBlock(Document document, TextJoiner joiner, String section, LineRun block, ParseSink sink) {
        int count = 0;
        List<Integer> current = new java.util.ArrayList<>();
        for (int n : block.lines()) {
            if (!current.isEmpty() && BULLET.matcher(document.line(n)).find()) {
                count += emit(document, joiner, section, current, sink);
                current = new java.util.ArrayList<>();
            }
            current.add(n);
        }
        return count + emit(document, joiner, section, current, sink);
    }

    private static int emit(Document document, TextJoiner joiner, String section, List<Integer> lines,
                            ParseSink sink) {
        String text = joiner.join(lines.stream().map(document::line).toList());
        text = BULLET.matcher(text).replaceFirst("");
        if (text.isBlank()) {
            lines.forEach(sink::furniture);
            return 0;
        }
        sink.item(section, ItemKind.OBSERVATION, text, null, lines);
        return 1;
    }

    private static boolean isHeading(Document document, LineRun block) {
        if (block.lines().size() != 1) {
            return false;
        }
        String line = TextJoiner.fold(document.line(block.first()));
        if (MARKDOWN_HEADING.matcher(line).find()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return line.length() <= MAX_HEADING_LENGTH && ".!?,;”\"".indexOf(last) < 0
                && !BULLET.matcher(line).find() && Character.isUpperCase(line.codePointAt(0));
    }
}
