package dk.erfaringsgraf.bench;

import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.KindBy;
import dk.erfaringsgraf.extract.ParsedFile;
import dk.erfaringsgraf.extract.RawItem;
import dk.erfaringsgraf.extract.Templates;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.Browser;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.HtmlRendering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The PDF reader on a PDF it did not write itself: the Sorø report as a web page in two CSS columns, printed to
 * PDF by headless Chromium (Skia), read back and extracted. Prints how many of the opportunities, challenges,
 * ideas and quotes its structure gives come back with kind and chapter, and the first losses; asserts nothing
 * (the PDFBox-written forms are asserted in ReportFormsTest). Run as FormsBenchmark is run, with class
 * {@code ChromiumPdfForms}.
 */
public final class ChromiumPdfForms {

    private static final Set<ItemKind> KEPT = EnumSet.of(ItemKind.OPPORTUNITY, ItemKind.CHALLENGE,
            ItemKind.RECOMMENDATION, ItemKind.QUOTE);
    private static final String TWO_COLUMNS = "<style>body{column-count:2;column-gap:2em;font:10pt serif}"
            + "h1,h2,h3{font-size:15pt}</style></head>";

    private ChromiumPdfForms() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Document text = new TextReader().read(CorpusFiles.SOROE, CorpusFiles.bytes(CorpusFiles.SOROE), new ArrayList<>());
        Path html = Files.createTempFile("soroe", ".html");
        Path pdf = Files.createTempFile("soroe", ".pdf");
        Files.writeString(html, HtmlRendering.html(text.blocks()).replace("</head>", TWO_COLUMNS));
        Process print = new ProcessBuilder(Browser.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        print.waitFor();
        List<String> expected = findings(Templates.standard().parse(text));
        ParsedFile read = Templates.standard().parse(Documents.read("soroe.pdf", Files.readAllBytes(pdf), new ArrayList<>()));
        List<String> missing = new ArrayList<>(expected);
        findings(read).forEach(missing::remove);
        System.out.printf("Chromium-printed two-column PDF (%d kB): %d of %d findings back with kind and chapter "
                + "(%.1f %%), read by %s%n", Files.size(pdf) / 1024, expected.size() - missing.size(), expected.size(),
                100.0 * (expected.size() - missing.size()) / expected.size(), read.template());
        missing.stream().limit(10).forEach(m -> System.out.println("  lost: " + m.substring(0, Math.min(140, m.length()))));
        Files.delete(html);
        Files.delete(pdf);
    }

    private static List<String> findings(ParsedFile parsed) {
        return parsed.items().stream().filter(i -> KEPT.contains(i.kind()) && i.kindBy() != KindBy.CUE)
                .map(ChromiumPdfForms::key).toList();
    }

    private static String key(RawItem i) {
        return i.kind().id() + " | " + i.section() + " | " + i.text();
    }
}
