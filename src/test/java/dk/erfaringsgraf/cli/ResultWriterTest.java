package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.graph.QueryResult;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultWriterTest {

    /** KL's quote (kl-erfaringsopsamling-2020.txt line 194, outer marks stripped): 213 characters, commas. */
    private static final String KL_QUOTE = "Statsministeren sagde: ”Jeg laver fejl”. Det gjorde det mere legitimt "
            + "for os også at lave fejl. Og folk respekterede, at vi kom til at lave fejl, og når man så inviterede "
            + "dem ind, så blev det også taget godt imod.";
    private static final String NYE_NORMALE = "Vi kalder det \"det nye normale\", men hvad er det?";

    private static final QueryResult THEMES = new QueryResult(List.of("theme", "sources"), List.of(
            List.of("Digitalisering og teknologi", 4L),
            List.of("Ledelse", 3L),
            List.of("Tillid, frisættelse og selvledelse", 2L)));

    private static final QueryResult QUOTES = new QueryResult(List.of("quote", "speaker"), List.of(
            List.of(KL_QUOTE, "sekretariatschef"),
            Arrays.asList(NYE_NORMALE, null)));

    private static final QueryResult THEME_NODES = new QueryResult(List.of("t", "n"), List.of(
            List.of(node("Theme", "id", "ledelse", "name", "Ledelse", "nameEn", "Leadership"), 3L),
            List.of(node("Theme", "id", "digitalisering", "name", "Digitalisering og teknologi"), 4L)));

    private static final QueryResult EMPTY = new QueryResult(List.of("theme", "sources"), List.of());

    /** A node as the graph layer gives it: "_labels" and the properties, in no particular order. */
    private static Map<String, Object> node(String label, Object... properties) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            node.put((String) properties[i], properties[i + 1]);
        }
        node.put("_labels", List.of(label));
        return node;
    }

    private static String write(QueryResult result, ResultFormat format) {
        StringWriter out = new StringWriter();
        ResultWriter.write(result, format, out);
        return out.toString();
    }

    @Test
    void aTableAlignsColumnsToTheWidestCellAndRightAlignsNumbers() {
        // widest theme: "Tillid, frisættelse og selvledelse", 34 characters; "sources" is all numbers
        assertEquals("""
                theme                               sources
                ----------------------------------  -------
                Digitalisering og teknologi               4
                Ledelse                                   3
                Tillid, frisættelse og selvledelse        2
                (3 rows)
                """, write(THEMES, ResultFormat.TABLE));
    }

    @Test
    void aLongCellIsCutAtSixtyCharactersWithAnEllipsisAndNullIsADash() {
        // 59 characters of the 213 and "…"; the ”Danish quotes” and ø, å count as one character each
        assertEquals("""
                quote                                                         speaker
                ------------------------------------------------------------  ----------------
                Statsministeren sagde: ”Jeg laver fejl”. Det gjorde det mer…  sekretariatschef
                Vi kalder det "det nye normale", men hvad er det?             —
                (2 rows)
                """, write(QUOTES, ResultFormat.TABLE));
    }

    @Test
    void nodesShowTheirLabelsAndIdentifyingPropertiesOnly() {
        // nameEn is left out; the Digitalisering node is 64 characters, so it is cut too
        assertEquals("""
                t                                                             n
                ------------------------------------------------------------  -
                (:Theme {id: ledelse, name: Ledelse})                         3
                (:Theme {id: digitalisering, name: Digitalisering og teknol…  4
                (2 rows)
                """, write(THEME_NODES, ResultFormat.TABLE));
    }

    @Test
    void nestedValuesAreCompactAndOnOneLine() {
        Map<String, Object> raises = new LinkedHashMap<>(Map.of("weight", 2L));
        raises.put("_type", "RAISES");
        QueryResult values = new QueryResult(List.of("value"), List.of(
                List.of(List.of("ledelse", "digitalisering")),
                List.of(Map.of("kind", "quote", "count", 12L)),
                List.of(raises),
                List.of(node("Source", "year", 2020L)),
                List.of(Map.of("_labels", List.of("Theme", "Code"))),
                List.of(Map.of()),
                List.of(0.947),
                List.of(true),
                List.of("linje et\r\nlinje to\tslut"),
                List.of("A\u030Arhus")));
        // map keys sorted; a node without id/name/title/text shows all its properties; numbers right-aligned;
        // the decomposed Å (A + combining ring) counts as one character, so "Århus" pads like 5 characters
        assertEquals("""
                value
                -------------------------
                [ledelse, digitalisering]
                {count: 12, kind: quote}
                [:RAISES {weight: 2}]
                (:Source {year: 2020})
                (:Theme:Code)
                {}
                                    0.947
                true
                linje et linje to slut
                A\u030Arhus
                (10 rows)
                """, write(values, ResultFormat.TABLE));
    }

    @Test
    void aPathIsAListOfNodesAndRelationships() {
        List<Object> path = List.of(node("Source", "id", "kl-2020", "title", "Erfaringsopsamling"),
                Map.of("_type", "RAISES"), node("Theme", "id", "ledelse", "text", "Ledelse i krisen"));
        assertEquals("[(:Source {id: kl-2020, title: Erfaringsopsamling}), [:RAISES], (:Theme {id: ledelse, "
                + "text: Ledelse i krisen})]", CellText.compact(path));
        assertEquals(60, CellText.width(CellText.of(path)));
    }

    @Test
    void numbersAndTheirNullsAlignRightAndOneRowIsSingular() {
        QueryResult coverage = new QueryResult(List.of("source", "items", "coverage"), List.of(
                List.of("kl-2020", 176L, 0.98),
                Arrays.asList("soroe-2020", 376L, null)));
        assertEquals("""
                source      items  coverage
                ----------  -----  --------
                kl-2020       176      0.98
                soroe-2020    376         —
                (2 rows)
                """, write(coverage, ResultFormat.TABLE));
        assertEquals("""
                  n
                ---
                675
                (1 row)
                """, write(new QueryResult(List.of("n"), List.of(List.of(675L))), ResultFormat.TABLE));
    }

    @Test
    void anEmptyResultPrintsTheHeaderAndZeroRows() {
        assertEquals("""
                theme  sources
                -----  -------
                (0 rows)
                """, write(EMPTY, ResultFormat.TABLE));
        assertEquals("theme,sources\r\n", write(EMPTY, ResultFormat.CSV));
        assertEquals("[]\n", write(EMPTY, ResultFormat.JSON));
    }

    @Test
    void csvHasAHeaderAndQuotesOnlyFieldsWithCommasQuotesOrLineBreaks() {
        assertEquals("theme,sources\r\n"
                + "Digitalisering og teknologi,4\r\n"
                + "Ledelse,3\r\n"
                + "\"Tillid, frisættelse og selvledelse\",2\r\n", write(THEMES, ResultFormat.CSV));
        // the whole quote, uncut; ”Danish quotes” need no doubling, ASCII ones do; null is an empty field
        assertEquals("quote,speaker\r\n"
                + "\"" + KL_QUOTE + "\",sekretariatschef\r\n"
                + "\"Vi kalder det \"\"det nye normale\"\", men hvad er det?\",\r\n", write(QUOTES, ResultFormat.CSV));
    }

    @Test
    void csvWritesNestedValuesAsCompactJsonAndKeepsEmptyTextApartFromNull() {
        assertEquals("t,n\r\n"
                + "\"{\"\"_labels\"\":[\"\"Theme\"\"],\"\"id\"\":\"\"ledelse\"\",\"\"name\"\":\"\"Ledelse\"\","
                + "\"\"nameEn\"\":\"\"Leadership\"\"}\",3\r\n"
                + "\"{\"\"_labels\"\":[\"\"Theme\"\"],\"\"id\"\":\"\"digitalisering\"\",\"\"name\"\":"
                + "\"\"Digitalisering og teknologi\"\"}\",4\r\n", write(THEME_NODES, ResultFormat.CSV));
        QueryResult odd = new QueryResult(List.of("text", "themes", "share", "quote"), List.of(
                Arrays.asList("", List.of(), 0.5, true),
                Arrays.asList(null, List.of("ledelse"), null, false),
                Arrays.asList("linje et\nlinje to", null, 1.0, null)));
        assertEquals("text,themes,share,quote\r\n"
                + "\"\",[],0.5,true\r\n"
                + ",\"[\"\"ledelse\"\"]\",,false\r\n"
                + "\"linje et\nlinje to\",,1.0,\r\n", write(odd, ResultFormat.CSV));
    }

    @Test
    void jsonIsAnArrayOfRowObjectsInColumnOrder() {
        // "theme" before "sources" as the query returned them, not alphabetically
        assertEquals("""
                [
                  {
                    "theme": "Digitalisering og teknologi",
                    "sources": 4
                  },
                  {
                    "theme": "Ledelse",
                    "sources": 3
                  },
                  {
                    "theme": "Tillid, frisættelse og selvledelse",
                    "sources": 2
                  }
                ]
                """, write(THEMES, ResultFormat.JSON));
    }

    @Test
    void jsonKeepsTextWholeAndNestsNodesWithTheirLabelsFirst() {
        assertEquals("""
                [
                  {
                    "quote": "%s",
                    "speaker": "sekretariatschef"
                  },
                  {
                    "quote": "Vi kalder det \\"det nye normale\\", men hvad er det?",
                    "speaker": null
                  }
                ]
                """.formatted(KL_QUOTE), write(QUOTES, ResultFormat.JSON));
        assertEquals("""
                [
                  {
                    "t": {
                      "_labels": [
                        "Theme"
                      ],
                      "id": "ledelse",
                      "name": "Ledelse",
                      "nameEn": "Leadership"
                    },
                    "n": 3
                  }
                ]
                """, write(new QueryResult(THEME_NODES.columns(), THEME_NODES.rows().subList(0, 1)),
                ResultFormat.JSON));
    }
}
