package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kinds the extractor gives KL's and Kommunaldirektørforeningen's paragraphs against 204 paragraphs
 * labelled by hand, blind to the rules ({@code src/test/resources/classify/labelled-findings.tsv}). A labelled
 * paragraph is judged by the item whose lines hold its first line (a sub-point folded into its question is
 * judged by the question); one no item holds was set aside as no finding. Prints the confusion matrix and
 * macro-F1 per source.
 *
 * <p>How the figures came about, so they can be read right: the lexicons were written before the labels were
 * seen; the rules and general words were then adjusted on KL's errors only, with Kommunaldirektørforeningen
 * held out (it stood at accuracy 0.574, macro-F1 0.400); one round of error analysis on it followed (first
 * person for intention cues, the inverted "er det vigtigt at"), so its figure is no longer a clean held-out
 * estimate. Its macro-F1 swings with single paragraphs: it has 3 challenges, 1 question and 2 non-findings.
 */
class LabelledFindingsTest {

    static final List<String> KINDS = List.of("opportunity", "challenge", "recommendation", "question",
            "observation", "not-a-finding", "quote");

    record Labelled(String source, int line, String kind, String text) {
    }

    private static final Map<String, List<RawItem>> ITEMS = new LinkedHashMap<>();
    private static List<Labelled> labels;

    @BeforeAll
    static void extract() throws IOException {
        Extraction.Result result = new Extraction(Templates.standard(), s -> { }).run(Corpus.bundled());
        for (SourceExtraction source : result.sources()) {
            ITEMS.put(source.id(), source.items().stream().map(SourcedItem::item).toList());
        }
        labels = labels();
    }

    @Test
    void kindsAgreeWithTheHandLabels() {
        double all = report("both sources", labels);
        double kl = report("kl-2020", labels.stream().filter(l -> l.source().equals("kl-2020")).toList());
        List<Labelled> komdir = labels.stream().filter(l -> l.source().equals("komdir-2020")).toList();
        report("komdir-2020", komdir);
        assertTrue(all >= 0.65, "macro-F1 " + all);
        assertTrue(kl >= 0.65, "macro-F1 KL " + kl);
        long right = komdir.stream().filter(l -> predicted(l).equals(l.kind())).count();
        assertTrue(right >= 0.65 * komdir.size(), "Kommunaldirektørforeningen: " + right + " of " + komdir.size());
    }

    @Test
    void theParagraphsTheIssueNamesHaveTheirKind() {
        assertEquals("challenge", predicted(label("kl-2020", 333))); // "en social slagside"
        assertEquals("opportunity", predicted(label("kl-2020", 119))); // "Kriseberedskaberne har fungeret godt"
        assertEquals("not-a-finding", predicted(label("kl-2020", 48))); // "Rigtig god læselyst."
        assertEquals("question", predicted(label("kl-2020", 465))); // "Beslutningsprocesser", a sub-point
        assertEquals("recommendation", predicted(label("komdir-2020", 554))); // "… aftaler den rette balance"
    }

    private static Labelled label(String source, int line) {
        return labels.stream().filter(l -> l.source().equals(source) && l.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("not labelled: " + source + ":" + line));
    }

    static String predicted(Labelled label) {
        for (RawItem item : ITEMS.get(label.source())) {
            if (item.lines().contains(label.line()) || item.line() == label.line()) {
                return item.kind().id();
            }
        }
        return "not-a-finding";
    }

    /** Prints the confusion matrix (rows: hand label, columns: extractor) and returns the macro-F1. */
    static double report(String name, List<Labelled> sample) {
        Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
        KINDS.forEach(k -> matrix.put(k, new LinkedHashMap<>()));
        for (Labelled l : sample) {
            matrix.get(l.kind()).merge(predicted(l), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s, %d paragraphs%n%-15s", name,
                sample.size(), "label \\ got"));
        KINDS.forEach(k -> out.append(String.format(Locale.ROOT, " %6.6s", k)));
        out.append(String.format(Locale.ROOT, " %6s %6s %6s%n", "prec", "recall", "F1"));
        double sumF1 = 0;
        int classes = 0;
        for (String k : KINDS) {
            int tp = matrix.get(k).getOrDefault(k, 0);
            int gold = matrix.get(k).values().stream().mapToInt(Integer::intValue).sum();
            int got = matrix.values().stream().mapToInt(r -> r.getOrDefault(k, 0)).sum();
            double p = got == 0 ? 0 : (double) tp / got;
            double r = gold == 0 ? 0 : (double) tp / gold;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            if (gold > 0) {
                sumF1 += f1;
                classes++;
            }
            out.append(String.format(Locale.ROOT, "%-15s", k));
            KINDS.forEach(c -> out.append(String.format(Locale.ROOT, " %6d", matrix.get(k).getOrDefault(c, 0))));
            out.append(String.format(Locale.ROOT, " %6.2f %6.2f %6.2f%n", p, r, f1));
        }
        double macro = sumF1 / classes;
        long right = sample.stream().filter(l -> predicted(l).equals(l.kind())).count();
        out.append(String.format(Locale.ROOT, "accuracy %d/%d = %.3f; macro-F1 over the %d labelled kinds: %.3f%n",
                right, sample.size(), (double) right / sample.size(), classes, macro));
        System.out.print(out);
        return macro;
    }

    static List<Labelled> labels() throws IOException {
        try (InputStream in = LabelledFindingsTest.class.getResourceAsStream("/classify/labelled-findings.tsv")) {
            List<Labelled> out = new ArrayList<>();
            boolean header = true;
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (row.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = row.split("\t", -1);
                out.add(new Labelled(c[0], Integer.parseInt(c[1]), c[2], c[5]));
            }
            return out;
        }
    }
}
