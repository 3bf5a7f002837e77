package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Attribution on four articles written blind to the rules (src/test/resources/articles/heldout, with the
 * expected speaker of each of their 22 quotations in expected.tsv). A quotation is found by its first words
 * among the quotes the reader gave; it counts as right when person, role and organisation all match
 * (case-insensitively), and a quotation the reader did not take for a quote counts as wrong. Prints every
 * miss and the shares.
 *
 * <p>Run blind, before any rule looked at these articles, the reader got 13 of 22 right (0.59): the articles
 * use institutions as organisations ("Plejecenter Egebakken"), a quotation after prose in one paragraph, a
 * speaker announced before a colon, "Mette Holm" for "Mette Kirstine Holm", and one article without
 * upper-case chapters was taken for the voice-columns layout. One round of general fixes for those gives 21 of
 * 22; the one left is a question quoted inside a sentence ("Spørgsmålet „Hvad gør vi …?“ går igen …"), which
 * stays prose. The figure after the fixes is no longer a held-out estimate.
 */
class HeldOutAttributionTest {

    record Expected(String file, String start, String person, String role, String organisation) {
    }

    @Test
    void speakersOfTheHeldOutArticles() throws IOException {
        List<Expected> expected = expected();
        int right = 0;
        int found = 0;
        int persons = 0;
        StringBuilder misses = new StringBuilder();
        for (Expected e : expected) {
            RawItem quote = quotes(e.file()).stream().filter(q -> norm(q.text()).startsWith(norm(e.start())))
                    .findFirst().orElse(null);
            if (quote == null) {
                misses.append(String.format("  not a quote: %s \"%s…\"%n", e.file(), e.start()));
                continue;
            }
            found++;
            Speaker s = quote.speaker() == null ? new Speaker(null, null, null) : quote.speaker();
            boolean person = same(e.person(), s.person());
            persons += person ? 1 : 0;
            if (person && same(e.role(), s.role()) && same(e.organisation(), s.organisation())) {
                right++;
            } else {
                misses.append(String.format("  %s \"%s…\": expected %s | %s | %s, got %s | %s | %s%n", e.file(),
                        e.start(), e.person(), e.role(), e.organisation(), s.person(), s.role(), s.organisation()));
            }
        }
        System.out.printf(Locale.ROOT, "held-out attribution: %d of %d quotations found as quotes, %d with the "
                + "right person (or rightly none), %d right in person, role and organisation (%.2f)%n%s",
                found, expected.size(), persons, right, (double) right / expected.size(), misses);
        assertTrue(right >= 20, right + " of " + expected.size() + "\n" + misses);
    }

    private static boolean same(String expected, String got) {
        String e = expected == null || expected.isBlank() ? null : expected.strip().toLowerCase(Locale.ROOT);
        String g = got == null || got.isBlank() ? null : got.strip().toLowerCase(Locale.ROOT);
        return Objects.equals(e, g);
    }

    private static String norm(String text) {
        return text.replaceAll("^[–—\\-\\s”“\"„»«]+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<RawItem> quotes(String file) throws IOException {
        try (InputStream in = HeldOutAttributionTest.class.getResourceAsStream("/articles/heldout/" + file)) {
            ParsedFile parsed = Templates.standard().parse(Documents.read(file, in.readAllBytes(), new ArrayList<>()));
            return parsed.items().stream().filter(i -> i.kind() == ItemKind.QUOTE).toList();
        }
    }

    private static List<Expected> expected() throws IOException {
        try (InputStream in = HeldOutAttributionTest.class.getResourceAsStream("/articles/heldout/expected.tsv")) {
            List<Expected> out = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (row.startsWith("#") || row.startsWith("file\t") || row.isBlank()) {
                    continue;
                }
                String[] c = row.split("\t", -1);
                out.add(new Expected(c[0], c[1], c[2], c[3], c[4]));
            }
            return out;
        }
    }
}
