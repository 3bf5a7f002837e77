package dk.erfaringsgraf.bench;

import dk.erfaringsgraf.extract.ParsedFile;
import dk.erfaringsgraf.extract.Templates;
import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.Readers;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.DocxRendering;
import dk.erfaringsgraf.testing.HtmlRendering;
import dk.erfaringsgraf.testing.PdfRendering;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time per MB of every reader, and of reading plus finding the items: the Sorø report repeated
 * {@code copies} times as plain text, Markdown-free text hard-wrapped at 72 columns, Word, web page and
 * two-column PDF, each read {@code rounds} times after a warm-up. Prints a table; asserts nothing. Run after
 * {@code mvn -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt}:
 * <pre>java -cp "target/erfaringsgraf.jar:target/test-classes:$(cat target/test-classpath.txt)" dk.erfaringsgraf.bench.FormsBenchmark 10 7</pre>
 */
public final class FormsBenchmark {

    private FormsBenchmark() {
    }

    public static void main(String[] args) {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String text = new String(CorpusFiles.bytes(CorpusFiles.SOROE), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        List<Block> one = new TextReader().read("soroe.txt", CorpusFiles.bytes(CorpusFiles.SOROE), new ArrayList<>())
                .blocks();
        Collections.nCopies(copies, one).forEach(blocks::addAll);
        Map<String, byte[]> forms = new LinkedHashMap<>();
        forms.put("txt", String.join("\n", Collections.nCopies(copies, text)).getBytes(StandardCharsets.UTF_8));
        forms.put("txt wrapped 72", dk.erfaringsgraf.testing.TextVariants.wrap(new String(forms.get("txt"),
                StandardCharsets.UTF_8), 72).getBytes(StandardCharsets.UTF_8));
        forms.put("docx", DocxRendering.docx(blocks));
        forms.put("html", HtmlRendering.bytes(blocks));
        forms.put("pdf", PdfRendering.twoColumns().render(blocks));
        System.out.printf("Sorø report x%d, median of %d rounds%n", copies, rounds);
        System.out.printf("%-16s %8s %10s %8s %12s %8s %10s%n", "form", "MB", "read ms", "MB/s", "+extract ms",
                "items", "items/s");
        forms.forEach((form, bytes) -> measure(form, bytes, rounds));
    }

    private static void measure(String form, byte[] bytes, int rounds) {
        String file = "bench." + (form.startsWith("txt") ? "txt" : form);
        double[] read = new double[rounds];
        double[] both = new double[rounds];
        int items = 0;
        for (int i = -2; i < rounds; i++) {
            long t0 = System.nanoTime();
            var document = Readers.standard().read(file, bytes, new ArrayList<>());
            long t1 = System.nanoTime();
            ParsedFile parsed = Templates.standard().parse(document);
            long t2 = System.nanoTime();
            if (i >= 0) {
                read[i] = (t1 - t0) / 1e6;
                both[i] = (t2 - t0) / 1e6;
                items = parsed.items().size();
            }
        }
        double r = median(read);
        double b = median(both);
        double mb = bytes.length / 1e6;
        System.out.printf("%-16s %8.2f %10.1f %8.2f %12.1f %8d %10.0f%n", form, mb, r, mb / (r / 1000), b, items,
                items / (b / 1000));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
