package dk.erfaringsgraf.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Web pages (.html, .htm, read with jsoup): the page's text blocks in document order, with navigation,
 * scripts, page header and footer, asides and forms dropped as furniture ({@link HtmlBlocks} says how each
 * element maps to a block). The charset is the one the byte-order mark or the meta tag declares, else UTF-8.
 * The document's lines are one line per block with a blank line between, so a block's line is its position.
 */
public final class HtmlReader implements ReportReader {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    /** @throws InputException naming the file when the page has no text outside its furniture */
    @Override
    public Document read(String file, byte[] bytes, List<String> warnings) {
        org.jsoup.nodes.Document page = parse(bytes);
        BlockLines out = new BlockLines();
        int dropped = HtmlBlocks.dropFurniture(page);
        new HtmlBlocks(out).read(page.body());
        Document document = out.document(file, bytes, page.charset().name(), format());
        if (document.lines().stream().anyMatch(line -> line.indexOf('\uFFFD') >= 0)) {
            warnings.add(file + ": bytes not valid in " + page.charset().name()
                    + " (no or wrong charset declared); unreadable characters shown as \uFFFD");
        }
        if (dropped > 0 && out.size() == 0) {
            warnings.add(file + ": only navigation and page furniture found");
        }
        return document;
    }

    /** Parses with the charset from the BOM or meta tag, UTF-8 when neither says. */
    private static org.jsoup.nodes.Document parse(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from memory failed", e);
        }
    }
}
