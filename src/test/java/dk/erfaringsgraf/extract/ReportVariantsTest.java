package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.testing.ChapterVariants;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.TextVariants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms users make of a report give the same findings as the report itself: hard-wrapped at 60, 72 and
 * 80 columns, CRLF and Windows-1252, straight quotes and hyphens, no-break spaces, a chapter removed, two
 * chapters swapped, a three-chapter excerpt. Every variant is generated here from the bundled file; the
 * chapter titles are set from what each report prints, not from the code under test.
 */
class ReportVariantsTest {

    /** A bundled report and the chapters a user might cut: removed, swapped pair, and a three-chapter excerpt. */
    record Report(String file, List<String> chapters, String removed, List<String> swapped, List<String> excerpt,
                  List<String> notYet) {
        Report(String file, List<String> chapters, String removed, List<String> swapped, List<String> excerpt) {
            this(file, chapters, removed, swapped, excerpt, List.of());
        }
    }

    static final List<Report> REPORTS = List.of(
            new Report(CorpusFiles.SOROE, List.of("Tanker fra direktionen", "Hvad vi hørte, kort fortalt",
                    "Sådan er erfaringerne blevet opsamlet", "Struktur i erfaringsopsamlingen",
                    "Tværgående samarbejde og opgavefællesskab", "Arbejds miljø og trivsel", "Teknologi",
                    "Virtuelle møder på Teams", "Service til borgerne", "Virtuel undervisning",
                    "Udvikling og forandringsvillighed", "Ledelse", "Lokaldemokrati", "Fremtidig krisehåndtering",
                    "Jobbanken – udsendte medarbejdere", "Værnemidler"),
                    "Teknologi", List.of("Teknologi", "Ledelse"),
                    List.of("Tanker fra direktionen", "Service til borgerne", "Fremtidig krisehåndtering")),
            new Report(CorpusFiles.SOROE_PDF, List.of("Tanker fra direktionen", "Hvad vi hørte, kort fortalt",
                    "Sådan er erfaringerne blevet opsamlet", "Struktur i erfaringsopsamlingen",
                    "Tværgående samarbejde og opgavefællesskab", "Arbejdsmiljø og trivsel", "Teknologi",
                    "Virtuelle møder på Teams", "Service til borgerne", "Virtuel undervisning",
                    "Udvikling og forandringsvillighed", "Ledelse", "Lokaldemokrati", "Fremtidig krisehåndtering",
                    "Jobbanken – udsendte medarbejdere", "Værnemidler"),
                    "Teknologi", List.of("Teknologi", "Ledelse"),
                    List.of("Tanker fra direktionen", "Service til borgerne", "Fremtidig krisehåndtering"),
                    // Windows-1252 has no place for the PDF's Symbol-font bullet U+F0B7: no such export exists.
                    List.of("crlf-windows1252")),
            new Report(CorpusFiles.KL, List.of("FORORD", "METODE", "GRUNDFORUDSÆTNINGERNE",
                    "DEN FORMELLE OG UFORMELLE KRISEORGANISATION",
                    "HOVEDTENDENSER: LEDELSE, ORGANISATION OG DIGITALISERING", "HOVEDTENDENSER: VELFÆRDSOMRÅDERNE",
                    "PERSPEKTIVERING OG MULIGE SPØRGSMÅL TIL DE LOKALE DRØFTELSE"),
                    "METODE", List.of("GRUNDFORUDSÆTNINGERNE", "HOVEDTENDENSER: VELFÆRDSOMRÅDERNE"),
                    List.of("FORORD", "DEN FORMELLE OG UFORMELLE KRISEORGANISATION",
                            "PERSPEKTIVERING OG MULIGE SPØRGSMÅL TIL DE LOKALE DRØFTELSE")),
            // The PDF text prints "SAMSPILLET MED POLITIKERNE" and "FORANDRINGER SKAL FASTHOLDES" stacked, one
            // over the other, above the text of both columns: the first chapter's paragraphs stand under the
            // second heading. Cut at the second heading, a chapter would be a bare heading and the next would
            // carry text that is not its own, so the stacked pair is one unit to cut, starting at the first.
            new Report(CorpusFiles.KOMDIR, List.of("SÅDAN HAR VI GJORT", "SAMMENFATNING", "CORONAKRISEN –",
                    "LEDELSE, STYRING", "HJEMMEARBEJDE", "SAMSPILLET MED"),
                    "SAMMENFATNING", List.of("HJEMMEARBEJDE", "SAMSPILLET MED"),
                    List.of("SÅDAN HAR VI GJORT", "LEDELSE, STYRING", "SAMSPILLET MED")),
            new Report(CorpusFiles.NORDDJURS, List.of("Sagsfremstilling",
                    "Sammenhæng til andre politikker/strategier og fagområder", "Økonomiske konsekvenser",
                    "Indstilling", "Beslutning i Økonomiudvalget den 09-11-2021"),
                    "Økonomiske konsekvenser", List.of("Indstilling", "Økonomiske konsekvenser"),
                    List.of("Sagsfremstilling", "Indstilling", "Beslutning i Økonomiudvalget den 09-11-2021")));

    static Stream<Arguments> variants() {
        List<String> forms = List.of("wrap60", "wrap72", "wrap80", "crlf-windows1252", "straight-quotes",
                "no-break-spaces", "chapter-removed", "chapters-swapped", "excerpt");
        return REPORTS.stream().flatMap(r -> forms.stream().filter(f -> !r.notYet().contains(f))
                .map(f -> Arguments.of(r.file(), f)));
    }

    private static final Map<String, List<RawItem>> ORIGINALS = new HashMap<>();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void everyFormGivesTheSameFindings(String file, String form) {
        Report report = REPORTS.stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
        String text = new String(CorpusFiles.bytes(file), StandardCharsets.UTF_8);
        ChapterVariants chapters = new ChapterVariants(text, report.chapters());
        List<RawItem> original = ORIGINALS.computeIfAbsent(file, f -> parse(f, CorpusFiles.bytes(f)));
        UnaryOperator<String> same = UnaryOperator.identity();
        List<RawItem> expected = original;
        byte[] variant = switch (form) {
            case "wrap60" -> utf8(TextVariants.wrap(text, 60));
            case "wrap72" -> utf8(TextVariants.wrap(text, 72));
            case "wrap80" -> utf8(TextVariants.wrap(text, 80));
            case "crlf-windows1252" -> TextVariants.windows1252(TextVariants.crlf(text));
            case "straight-quotes" -> {
                same = TextVariants::straightQuotes;
                yield utf8(TextVariants.straightQuotes(text));
            }
            case "no-break-spaces" -> utf8(TextVariants.noBreakSpaces(text));
            case "chapter-removed" -> {
                expected = keep(original, chapters, t -> !t.equals(report.removed()));
                yield utf8(chapters.without(report.removed()));
            }
            case "chapters-swapped" -> utf8(chapters.swapped(report.swapped().get(0), report.swapped().get(1)));
            case "excerpt" -> {
                expected = keep(original, chapters, report.excerpt()::contains);
                yield utf8(chapters.excerpt(report.excerpt()));
            }
            default -> throw new IllegalArgumentException(form);
        };
        List<String> want = rows(expected, same);
        List<String> got = rows(parse(file, variant), UnaryOperator.identity());
        List<String> missing = new ArrayList<>(want);
        got.forEach(missing::remove);
        List<String> extra = new ArrayList<>(got);
        want.forEach(extra::remove);
        assertEquals("", String.join("\n", missing), file + " " + form + ": findings lost");
        assertEquals("", String.join("\n", extra), file + " " + form + ": findings added");
    }

    private static List<RawItem> keep(List<RawItem> items, ChapterVariants chapters,
                                      java.util.function.Predicate<String> kept) {
        return items.stream().filter(i -> {
            String chapter = chapters.chapterAt(i.line());
            return chapter == null || kept.test(chapter);
        }).toList();
    }

    static List<RawItem> parse(String file, byte[] bytes) {
        return Templates.standard().parse(Documents.read(file, bytes, new ArrayList<>())).items();
    }

    /** What a finding is, whatever its lines: kind, chapter, speaker and text; sorted, so order is free. */
    static List<String> rows(List<RawItem> items, UnaryOperator<String> same) {
        return items.stream().map(i -> String.join(" | ", i.kind().id(), String.valueOf(same.apply(nz(i.section()))),
                        i.speaker() == null ? "" : same.apply(i.speaker().toString()), same.apply(i.text())))
                .sorted().toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
