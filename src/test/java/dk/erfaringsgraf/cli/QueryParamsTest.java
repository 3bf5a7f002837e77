package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.InputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    private static Object value(String spec) {
        Map<String, Object> params = QueryParams.parse(List.of(spec));
        assertEquals(1, params.size(), params.toString());
        return params.values().iterator().next();
    }

    private static String error(String... specs) {
        return assertThrows(InputException.class, () -> QueryParams.parse(List.of(specs))).getMessage();
    }

    @Test
    void valuesAreTypedLikeCypherLiteralsAndKeptInTheOrderGiven() {
        Map<String, Object> params = QueryParams.parse(List.of("theme=ledelse", "minSources=3", "share=0.947",
                "quotesOnly=true", "speaker=null", "kinds=[\"quote\", \"recommendation\"]"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("theme", "ledelse");
        expected.put("minSources", 3L); // a Long, not an Integer: Map.equals would tell them apart
        expected.put("share", 0.947);
        expected.put("quotesOnly", true);
        expected.put("speaker", null);
        expected.put("kinds", List.of("quote", "recommendation"));
        assertEquals(expected, params);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(params.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> params.put("x", 1L));
    }

    @Test
    void numbersFollowJsonSoLeadingZerosAndDatesStayText() {
        assertEquals(-2L, value("n=-2"));
        assertEquals(1000.0, value("n=1e3"));
        assertEquals(-0.5, value("n=-0.5"));
        assertEquals(Long.MAX_VALUE, value("n=9223372036854775807"));
        assertEquals(Long.MIN_VALUE, value("n=-9223372036854775808"));
        assertEquals("0800", value("postnummer=0800")); // Høje Taastrup's postcode would lose its zero
        assertEquals("2020-03-11", value("dato=2020-03-11"));
        assertEquals("+5", value("n=+5"));
        assertEquals(".5", value("n=.5"));
    }

    @Test
    void wordsStayTextButTrueFalseAndNullIgnoreCaseAsInCypher() {
        assertEquals("møde", value("ord=møde"));
        assertEquals("Sorø Kommune", value("organisation=Sorø Kommune"));
        assertEquals("”Jeg laver fejl”", value("citat=”Jeg laver fejl”")); // Danish quotes are not delimiters
        assertEquals(Boolean.FALSE, value("flag=FALSE"));
        assertNull(value("speaker=Null"));
        assertEquals("", value("tom="));
        assertEquals("a=b", value("filter=a=b")); // the first = separates
    }

    @Test
    void doubleQuotesGiveTheTextBetweenThemVerbatim() {
        assertEquals("4", value("id=\"4\""));
        assertEquals("true", value("s=\"true\""));
        assertEquals(" ledelse, trivsel ", value("s=\" ledelse, trivsel \""));
        assertEquals("sagde: \"ja\"", value("s=\"sagde: \"ja\"\"")); // verbatim: no escapes are undone
        assertEquals("", value("s=\"\""));
        assertEquals("\"", value("s=\"")); // one quote mark is not a pair
        assertEquals("\"Ledelse", value("s=\"Ledelse"));
    }

    @Test
    void jsonArraysBecomeListsWithLongsAndDoubles() {
        assertEquals(Arrays.asList(1L, 2.5, null, true, "Sorø", List.of(3L)),
                value("xs=[1, 2.5, null, true, \"Sorø\", [3]]"));
        assertEquals(List.of(), value("xs=[]"));
        assertEquals(List.of(Map.of("id", "ledelse")), value("xs=[{\"id\": \"ledelse\"}]"));
        assertEquals("[udkast] møde", value("titel=[udkast] møde")); // not an array: it does not end in ]
    }

    @Test
    void aBadArrayNamesTheParameterAndSaysStringsNeedQuotes() {
        assertTrue(error("themes=[ledelse, digitalisering]").startsWith(
                "--param themes=[ledelse, digitalisering]: not a JSON array (strings need double quotes): "),
                error("themes=[ledelse, digitalisering]"));
        assertTrue(error("xs=[1][2]").startsWith("--param xs=[1][2]: not a JSON array"), error("xs=[1][2]"));
        assertEquals("--param xs=[99999999999999999999]: integer out of range (at most 9223372036854775807; "
                + "quote it for a string)", error("xs=[99999999999999999999]"));
    }

    @Test
    void namesAreCypherNamesAndMayBeWrittenWithADollar() {
        assertEquals(Map.of("theme", "ledelse"), QueryParams.parse(List.of("$theme=ledelse")));
        assertEquals(Map.of("år", 2020L), QueryParams.parse(List.of("år=2020")));
        assertEquals(Map.of("_min2", 2L), QueryParams.parse(List.of("_min2=2")));
        assertEquals(Map.of(), QueryParams.parse(List.of()));
        assertEquals(Map.of(), QueryParams.parse(null)); // picocli leaves an absent repeatable option null
    }

    @Test
    void errorsNameTheBadParameter() {
        assertEquals("--param foo: expected name=value", error("foo"));
        assertEquals("--param =4: expected name=value", error("=4"));
        assertEquals("--param 1x=3: invalid name '1x' (a letter or _, then letters, digits or _)", error("1x=3"));
        assertEquals("--param min sources=3: invalid name 'min sources' (a letter or _, then letters, digits or _)",
                error("min sources=3"));
        assertEquals("--param $=3: invalid name '' (a letter or _, then letters, digits or _)", error("$=3"));
        assertEquals("--param theme=digitalisering: duplicate name 'theme' (given twice)",
                error("theme=ledelse", "theme=digitalisering"));
        assertEquals("--param $theme=ledelse: duplicate name 'theme' (given twice)",
                error("theme=ledelse", "$theme=ledelse"));
        assertEquals("--param n=9223372036854775808: integer out of range (at most 9223372036854775807; "
                + "quote it for a string)", error("n=9223372036854775808"));
        assertEquals("--param n=1e999: number out of range (quote it for a string)", error("n=1e999"));
    }
}
