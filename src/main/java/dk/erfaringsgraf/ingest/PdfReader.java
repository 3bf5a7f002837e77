package dk.erfaringsgraf.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDF reports, read with Apache PDFBox from their text layer: glyphs grouped into words and lines
 * ({@link PdfWords}), columns found and read in order ({@link PdfColumns}), page numbers and running headers
 * set apart ({@link PdfFurniture}) and lines grouped into blocks by size, style, spacing and markers
 * ({@link PdfLayout}). {@link Document#lines()} is the reader's text rendering: the lines in reading order,
 * one blank line between blocks; blocks carry their 1-based page. Scanned PDFs without text are refused, as
 * Erfaringsgraf does not do OCR.
 */
public final class PdfReader implements ReportReader {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public Document read(String file, byte[] bytes, List<String> warnings) {
        List<PdfPage> pages = pages(file, bytes);
        if (pages.stream().noneMatch(PdfPage::hasText)) {
            throw new InputException(file + ": the PDF has no text layer (" + pages.size()
                    + " pages); it needs OCR, which Erfaringsgraf does not do");
        }
        List<PdfLine> lines = new ArrayList<>();
        for (PdfPage page : pages) {
            if (!page.hasText()) {
                warnings.add(file + " page " + page.number() + ": no text on the page (an image or blank page)");
            }
            lines.addAll(PdfColumns.lines(page));
        }
        Set<PdfLine> furniture = PdfFurniture.find(pages, lines);
        return document(file, bytes, lines, PdfLayout.groups(lines, furniture));
    }

    private static List<PdfPage> pages(String file, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return PdfWords.read(pdf);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": could not read the PDF: " + e.getMessage(), e);
        }
    }

    /** The document: its lines in reading order with a blank line between blocks, and the blocks. */
    private Document document(String file, byte[] bytes, List<PdfLine> order, List<PdfLayout.Group> groups) {
        Map<PdfLine, Integer> owner = new IdentityHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            int group = g;
            groups.get(g).lines.forEach(l -> owner.put(l, group));
        }
        List<String> lines = new ArrayList<>();
        int[] first = new int[groups.size()];
        int[] last = new int[groups.size()];
        int previous = -1;
        for (PdfLine line : order) {
            int g = owner.get(line);
            if (previous >= 0 && g != previous) {
                lines.add("");
            }
            lines.add(line.text());
            first[g] = first[g] == 0 ? lines.size() : first[g];
            last[g] = lines.size();
            previous = g;
        }
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(lines));
        List<Block> blocks = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            PdfLayout.Group group = groups.get(g);
            blocks.add(new Block(group.type, group.level, text(group, joiner), first[g], last[g],
                    group.lines.get(0).page()));
        }
        return new Document(file, lines, "pdf", Documents.sha256(bytes), format(), blocks);
    }

    private static String text(PdfLayout.Group group, TextJoiner joiner) {
        List<String> texts = new ArrayList<>(group.lines.stream().map(PdfLine::text).toList());
        if (group.type == BlockType.LIST_ITEM) {
            texts.set(0, PdfMarkers.itemText(texts.get(0)));
        }
        return joiner.join(texts);
    }
}
