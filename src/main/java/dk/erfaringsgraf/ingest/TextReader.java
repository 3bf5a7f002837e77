package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text and Markdown: decoded by {@link TextDecoder}, split into lines, then read into blocks.
 * For now every non-blank line is one paragraph block; reflow of hard-wrapped text comes next.
 */
public final class TextReader implements ReportReader {

    @Override
    public String format() {
        return "txt";
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
        List<Block> blocks = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (!TextJoiner.isBlank(line)) {
                blocks.add(Block.of(BlockType.PARAGRAPH, 0, TextJoiner.fold(line), n, n));
            }
        }
        return new Document(file, lines, decoded.charset(), Documents.sha256(bytes), format(), blocks);
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
