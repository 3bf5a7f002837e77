package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.DocxRendering;
import dk.erfaringsgraf.testing.HtmlRendering;
import dk.erfaringsgraf.testing.PdfRendering;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report typeset as its users receive it — a two-column PDF with headings in a larger bold font, a Word
 * document with heading, list and quote styles, a web page — gives back its opportunities, challenges, ideas
 * and quotes with the same kind, chapter and named speaker as its text. Both texts are read by their outline; the
 * Kommunaldirektørforeningen text is a PDF dump whose quotes are printed without quotation marks, so in every
 * form they must come back by the interview-run rules ({@link InterviewRuns}). Every file is generated here from the report's own blocks; nothing binary is
 * committed.
 */
class ReportFormsTest {

    /** The findings a form must keep; observations are prose whose paragraphing a typesetter may change. */
    private static final Set<ItemKind> KEPT = EnumSet.of(ItemKind.OPPORTUNITY, ItemKind.CHALLENGE,
            ItemKind.RECOMMENDATION, ItemKind.QUOTE);
    private static final double MIN_SHARE = 0.95;
    /**
     * In narrow PDF columns a signature line ("Mogens Pedersen, Varde Kommune") followed by a paragraph that
     * opens with a long word ("Medarbejderne") looks exactly like a wrapped line: 2 to 3 of the 46 quotes lose
     * their speaker or their text that way.
     */
    private static final double MIN_SHARE_NARROW_SIGNED = 0.9;

    static Stream<Arguments> forms() {
        List<Arguments> out = new ArrayList<>();
        for (String file : List.of(CorpusFiles.SOROE, CorpusFiles.KOMDIR)) {
            out.add(Arguments.of(file, "pdf"));
            out.add(Arguments.of(file, "docx"));
            out.add(Arguments.of(file, "html"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("forms")
    void aTypesetFormKeepsTheFindings(String file, String form) {
        var document = new TextReader().read(file, CorpusFiles.bytes(file), new ArrayList<>());
        ParsedFile text = Templates.standard().parse(document);
        List<String> expected = findings(text);
        // an outline text is typeset from its own blocks (signatures and stacked headings of a dump repaired, as
        // the outline reader reads them); a layout dump as the report was printed: its chapters,
        // paragraphs and signatures as the layout reader understood them, not the dump's broken lines
        List<Block> blocks = text.template().equals("outline") ? DumpRepairs.apply(document).blocks() : printed(text);
        byte[] bytes = switch (form) {
            case "pdf" -> new PdfRendering(2, PdfRendering.HEADER, true).render(blocks);
            case "docx" -> DocxRendering.docx(blocks);
            default -> HtmlRendering.bytes(blocks);
        };
        ParsedFile parsed = Templates.standard().parse(Documents.read("report." + form, bytes, new ArrayList<>()));
        List<String> missing = new ArrayList<>(expected);
        findings(parsed).forEach(missing::remove);
        double share = 1 - (double) missing.size() / expected.size();
        System.out.printf("%s as %s: %d of %d findings back with kind, chapter and speaker (%.1f %%), read by %s%n", file,
                form, expected.size() - missing.size(), expected.size(), 100 * share, parsed.template());
        double minimum = file.equals(CorpusFiles.KOMDIR) && form.equals("pdf") ? MIN_SHARE_NARROW_SIGNED : MIN_SHARE;
        assertTrue(share >= minimum, file + " as " + form + ": " + String.format("%.3f", share)
                + " kept; lost:\n" + String.join("\n", missing));
    }

    /** The report as printed: chapter headings, each item a paragraph, a signed quote followed by its name. */
    private static List<Block> printed(ParsedFile parsed) {
        List<Block> out = new ArrayList<>();
        String section = null;
        for (RawItem item : parsed.items()) {
            if (item.section() != null && !item.section().equals(section)) {
                section = item.section();
                out.add(Block.of(BlockType.HEADING, 1, section, item.line(), item.line()));
            }
            out.add(Block.of(BlockType.PARAGRAPH, 0, item.text(), item.line(), item.lineTo()));
            Speaker s = item.speaker();
            if (s != null && s.person() != null && s.organisation() != null) {
                out.add(Block.of(BlockType.PARAGRAPH, 0, s.person() + ", " + s.organisation(), item.lineTo(),
                        item.lineTo()));
            }
        }
        return out;
    }

    /**
     * The findings the report's structure gives (its labels, headings, layout) and its quotes; prose the
     * classifier types by its words is left out, since a typesetter may cut a paragraph where the text did not.
     */
    private static List<String> findings(ParsedFile parsed) {
        return parsed.items().stream().filter(i -> KEPT.contains(i.kind()) && i.kindBy() != KindBy.CUE)
                .map(i -> i.kind().id() + " | " + i.section() + " | " + person(i) + " | " + i.text()).toList();
    }

    private static String person(RawItem item) {
        return item.speaker() == null || item.speaker().person() == null ? "" : item.speaker().person();
    }
}
