package dk.erfaringsgraf.bench;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.DocxReader;
import dk.erfaringsgraf.ingest.HtmlReader;
import dk.erfaringsgraf.ingest.ReportReader;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.DocxRendering;
import dk.erfaringsgraf.testing.HtmlRendering;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the Word and web readers: the four bundled reports, read as text, rendered {@code copies}
 * times over into one .docx and one .html, then read repeatedly after a warm-up. Prints MB/s of file bytes
 * and blocks/s; asserts nothing. Run (after {@code mvn test-compile}):
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dk.erfaringsgraf.bench.DocxHtmlBenchmark 20</pre>
 * where {@code cp.txt} comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class DocxHtmlBenchmark {

    private static final List<String> REPORTS = List.of(CorpusFiles.SOROE, CorpusFiles.KL, CorpusFiles.KOMDIR,
            CorpusFiles.NORDDJURS);
    private static final int WARMUP = 3;
    private static final int RUNS = 5;

    private DocxHtmlBenchmark() {
    }

    public static void main(String[] args) {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (String report : REPORTS) {
                blocks.addAll(new TextReader().read(report, CorpusFiles.bytes(report), new ArrayList<>()).blocks());
            }
        }
        measure(new DocxReader(), "bench.docx", DocxRendering.docx(blocks));
        measure(new HtmlReader(), "bench.html", HtmlRendering.bytes(blocks));
    }

    private static void measure(ReportReader reader, String file, byte[] bytes) {
        int blocks = 0;
        for (int i = 0; i < WARMUP; i++) {
            blocks = reader.read(file, bytes, new ArrayList<>()).blocks().size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            reader.read(file, bytes, new ArrayList<>());
        }
        double seconds = (System.nanoTime() - start) / 1e9 / RUNS;
        System.out.printf("%-5s %8.2f MB file, %6d blocks: %7.1f ms/read, %6.2f MB/s, %9.0f blocks/s%n",
                reader.format(), bytes.length / 1e6, blocks, seconds * 1e3, bytes.length / 1e6 / seconds, blocks / seconds);
    }
}
