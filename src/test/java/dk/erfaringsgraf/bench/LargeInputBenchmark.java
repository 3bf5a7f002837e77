package dk.erfaringsgraf.bench;

import dk.erfaringsgraf.extract.Extraction;
import dk.erfaringsgraf.extract.Templates;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.CorpusFile;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.Manifest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Time and peak heap of reading and extracting generated large text files: a single 5 MB line (no line
 * breaks at all, as a text copied out of a web form or a broken export) and a 20 MB report of hard-wrapped,
 * hyphenated paragraphs under headings and labelled lists. Each stage (read into blocks, then extract) is
 * timed separately so that a step that goes quadratic shows which it is. Prints numbers; asserts nothing.
 * <pre>java -Xmx2g -cp "target/erfaringsgraf.jar:target/test-classes:$(cat target/test-classpath.txt)" \
 *     dk.erfaringsgraf.bench.LargeInputBenchmark [MB of the single line] [MB of the multi-paragraph text]</pre>
 */
public final class LargeInputBenchmark {

    private static final String[] SENTENCES = {
        "Det har været en stor udfordring at holde kontakten til borgerne under nedlukningen",
        "Medarbejderne har vist en imponerende omstillingsparathed og lyst til at prøve nye arbejdsformer",
        "Vi bør fremover sikre, at kriseberedskabet kan aktiveres hurtigere og med klare roller",
        "Digitaliseringen af møderne gav mere effektive beslutningsprocesser på tværs af forvaltningerne",
        "Der har manglet værnemidler i hjemmeplejen, og det skabte utryghed blandt medarbejderne",
        "Hvordan fastholder vi de gode erfaringer med hjemmearbejde, når hverdagen vender tilbage",
        "Jobbanken gjorde det muligt at låne medarbejdere ud til de områder, hvor behovet var størst",
        "Samarbejdet med de faglige organisationer i Hovedudvalget har fungeret godt gennem hele krisen",
        "Det er vigtigt at have fokus på trivsel og arbejdsmiljø, når medarbejderne arbejder hjemmefra",
        "Kommunikationen til borgerne skal være enkel, hurtig og ensartet på alle platforme",
    };

    private LargeInputBenchmark() {
    }

    public static void main(String[] args) {
        double lineMb = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        double textMb = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        System.out.printf("%-34s %8s %12s %12s %10s %8s%n", "input", "MB", "read ms", "extract ms", "peak MB", "items");
        run("single line", singleLine(bytes(lineMb)));
        run("multi-paragraph, wrapped at 72", paragraphs(bytes(textMb)));
    }

    private static long bytes(double mb) {
        return Math.round(mb * 1024 * 1024);
    }

    private static void run(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CorpusFile file = new CorpusFile("large.txt", bytes);
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        Document document = Documents.read(file.name(), bytes, new ArrayList<>());
        long t1 = System.nanoTime();
        Corpus corpus = new Corpus("generated", List.of(file), Manifest.empty(), List.of());
        Extraction.Result result = new Extraction(Templates.standard(), line -> { }).run(corpus);
        long t2 = System.nanoTime();
        int items = result.sources().stream().mapToInt(s -> s.items().size()).sum();
        System.out.printf("%-34s %8.1f %12.0f %12.0f %10.0f %8d%s%n", name, bytes.length / 1048576.0, (t1 - t0) / 1e6,
                (t2 - t1) / 1e6, peakHeap() / 1048576.0, items,
                result.failures().isEmpty() ? "" : "  failed: " + result.failures());
        if (document.blocks().isEmpty()) {
            System.out.println("  (no blocks read)");
        }
    }

    /** One line of sentences, no line break anywhere. */
    static String singleLine(long size) {
        Random random = new Random(11);
        StringBuilder s = new StringBuilder((int) size + 200);
        while (s.length() < size) {
            s.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(5) == 0 ? "? " : ". ");
        }
        return "Erfaringer med en lang linje\n\n" + s + "\n";
    }

    /** Chapters with a heading, paragraphs hard-wrapped at 72 columns with hyphenated breaks, and labelled lists. */
    static String paragraphs(long size) {
        Random random = new Random(11);
        StringBuilder s = new StringBuilder((int) size + 2000).append("Erfaringsopsamling\n\n");
        int chapter = 0;
        while (s.length() < size) {
            s.append(++chapter).append(". Kapitel ").append(chapter).append("\n\n");
            for (int p = 0; p < 4; p++) {
                StringBuilder paragraph = new StringBuilder();
                for (int n = 3 + random.nextInt(5); n > 0; n--) {
                    paragraph.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(". ");
                }
                wrap(paragraph.toString().trim(), s);
                s.append('\n');
            }
            for (String label : new String[] {"Muligheder", "Udfordringer"}) {
                s.append(label).append("\n\n");
                for (int n = 0; n < 4; n++) {
                    s.append("• ").append(SENTENCES[random.nextInt(SENTENCES.length)]).append(".\n");
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** Hard-wraps at 72 columns, hyphenating a long word at the break now and then, as PDF text layers do. */
    private static void wrap(String paragraph, StringBuilder out) {
        int width = 0;
        for (String word : paragraph.split(" ")) {
            if (width + word.length() + 1 > 72) {
                if (word.length() > 9 && width + 6 < 72) {
                    out.append(' ').append(word, 0, 5).append("-\n").append(word.substring(5));
                    width = word.length() - 5;
                    continue;
                }
                out.append('\n');
                width = 0;
            } else if (width > 0) {
                out.append(' ');
                width++;
            }
            out.append(word);
            width += word.length();
        }
        out.append('\n');
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at once. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
