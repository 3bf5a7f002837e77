package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.DocxRendering;
import dk.erfaringsgraf.testing.HtmlRendering;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import dk.erfaringsgraf.testing.TextVariants;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Voices are told from prose by what a paragraph says and where it stands, so a report of my own in the
 * Kommunaldirektørforeningen layout (upper-case chapters, bare interview runs signed "Name, X Kommune") gives
 * the same kinds whether each paragraph is one line or hard-wrapped narrow.
 */
class VoiceTest {

    /** Two chapters; each paragraph is annotated in {@link #KINDS} with the rule that decides it. */
    private static final String REPORT = """
            Vi har spurgt kommunaldirektørerne, hvad krisen har lært dem, og her er deres svar samlet.

            DIGITALE MØDER
            Krisen flyttede møderne ud på skærmen, og vi er på få uger blevet vant til det.

            Flere kommunaldirektører fremhæver, at møderne er blevet kortere og mere præcise.

            Jeg havde aldrig troet, at en hel organisation kunne skifte arbejdsform på så kort tid.

            Med skærmen kan man samle alle ledere på få minutter, uanset hvor de sidder.

            Vi sparer mange timer i bilen hver eneste uge, og det mærker både folk og klimaet.
            Anne Hansen, Sorø Kommune

            Kommunaldirektørerne peger også på, at de fysiske møder stadig har en plads.

            Vi vil i foreningen følge op på erfaringerne ved næste årsmøde.

            ”Det har givet os et helt nyt blik på, hvad et møde egentlig er til for.”

            LEDELSE
            Tilliden i organisationerne er vokset i løbet af foråret.

            Vi har holdt fast i de korte beslutningsveje, og det har gjort os hurtigere end nogensinde.

            Flere kommunaldirektører beskriver en organisation, der er rykket sammen om opgaven.

            Vi har holdt fast i de korte beslutningsveje, og det har gjort os hurtigere end nogensinde før.
            Karen Jensen, Odder Kommune

            Nu skal vi finde ud af, hvordan vi bevarer det, når hverdagen vender tilbage.
            """;

    private static final List<String> KINDS = List.of(
            "observation", // the foreword is the publisher's own voice
            "observation", // unmarked at a chapter's start, prose follows: the report opens its chapter
            "observation", // speaks about the directors: reported speech
            "quote", // first person singular
            "quote", // unmarked between two voices
            "quote", // followed by a name
            "observation", // about the directors
            "observation", // unmarked between prose and a voice: the report's last word before the quote
            "quote", // opens with a quotation mark
            "observation", // unmarked at a chapter's start
            "observation", // about the directors
            "quote", // named; its unnamed copy between two prose paragraphs is a voice as well, folded into it
            "quote"); // unmarked after a voice up to the chapter's end

    /**
     * The same report as Markdown, Word and web page: because it signs bare paragraphs, its paragraphs get the
     * same kinds by the interview-run rules in every form.
     */
    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"md", "docx", "html"})
    void theOutlineGivesTheSameKindsInEveryForm(String form) {
        List<Block> blocks = new TextReader().read("egen.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new ArrayList<>()).blocks();
        byte[] bytes = switch (form) {
            case "docx" -> DocxRendering.docx(blocks);
            case "html" -> HtmlRendering.bytes(blocks);
            default -> REPORT.replaceAll("(?m)^(DIGITALE MØDER|LEDELSE)$", "# $1").getBytes(StandardCharsets.UTF_8);
        };
        ParsedFile parsed = Templates.standard().parse(Documents.read("egen." + form, bytes, new ArrayList<>()));
        assertEquals("outline", parsed.template());
        List<RawItem> items = parsed.items().stream().sorted(Comparator.comparingInt(RawItem::line)).toList();
        // the voice rules tell quotes from the report's prose; the prose is then typed by its words
        assertEquals(KINDS, items.stream().map(i -> i.kind() == ItemKind.QUOTE ? "quote" : "observation").toList());
        assertEquals(List.of("Anne Hansen", "Karen Jensen"),
                items.stream().filter(i -> i.speaker() != null).map(i -> i.speaker().person()).toList());
    }

    @ParameterizedTest(name = "wrapped at {0}")
    @ValueSource(ints = {0, 72, 50, 40})
    void kindsDoNotDependOnTheWrap(int width) {
        String text = width == 0 ? REPORT : TextVariants.wrap(REPORT, width);
        ParseSink sink = new ParseSink();
        new OutlineTemplate().parse(Documents.of("egen.txt", text), sink);
        List<RawItem> items = sink.items().stream().sorted(Comparator.comparingInt(RawItem::line)).toList();
        assertEquals(KINDS, items.stream().map(i -> i.kind().id()).toList());
        assertEquals(List.of("Anne Hansen", "Karen Jensen"),
                items.stream().filter(i -> i.speaker() != null).map(i -> i.speaker().person()).toList());
        assertEquals(List.of(), sink.warnings());
    }
}
