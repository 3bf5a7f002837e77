package dk.erfaringsgraf.bench;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.PdfReader;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.PdfRendering;
import dk.erfaringsgraf.testing.TypedBlocks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Throughput of the PDF reader: the Sorø report typeset as a two-column PDF (once, and repeated to a long
 * report), each read {@code rounds} times after a warm-up; prints pages, size, median time and MB/s.
 * Prints numbers; asserts nothing. Run (after {@code mvn -DskipTests package test-compile}):
 * <pre>java -cp target/erfaringsgraf.jar:target/test-classes dk.erfaringsgraf.bench.ReaderBenchmark 10</pre>
 */
public final class ReaderBenchmark {

    private ReaderBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Block> soroe = TypedBlocks.of(CorpusFiles.SOROE);
        System.out.printf("%-24s %6s %9s %10s %8s %8s%n", "PDF", "pages", "KB", "median ms", "MB/s", "blocks");
        for (int copies : new int[] {1, 10}) {
            List<Block> blocks = new ArrayList<>();
            Collections.nCopies(copies, soroe).forEach(blocks::addAll);
            PdfRendering rendering = PdfRendering.twoColumns();
            byte[] pdf = rendering.render(blocks);
            measure("Sorø x" + copies, rendering.pages(), pdf, rounds);
            stripper("  PDFBox getText only", rendering.pages(), pdf, rounds);
        }
    }

    /** PDFBox's own plain-text extraction of the same file, as the floor the reader builds on. */
    private static void stripper(String name, int pages, byte[] pdf, int rounds) {
        double[] ms = new double[rounds];
        for (int i = -3; i < rounds; i++) {
            long t = System.nanoTime();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                new PDFTextStripper().getText(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        print(name, pages, pdf, ms, 0);
    }

    private static void measure(String name, int pages, byte[] pdf, int rounds) {
        PdfReader reader = new PdfReader();
        for (int i = 0; i < 3; i++) {
            reader.read("bench.pdf", pdf, new ArrayList<>());
        }
        double[] ms = new double[rounds];
        Document document = null;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            document = reader.read("bench.pdf", pdf, new ArrayList<>());
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        print(name, pages, pdf, ms, document.blocks().size());
    }

    private static void print(String name, int pages, byte[] pdf, double[] ms, int blocks) {
        Arrays.sort(ms);
        double median = ms[ms.length / 2];
        System.out.printf("%-24s %6d %9.1f %10.1f %8.2f %8d%n", name, pages, pdf.length / 1024.0, median,
                pdf.length / 1e6 / (median / 1000), blocks);
    }
}
