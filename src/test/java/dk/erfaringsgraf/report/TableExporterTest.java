package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.ingest.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The exporters on a small hand-built table whose cells exercise every escaping and missing-value rule. */
class TableExporterTest {

    /** Danish letters, CSV and Markdown specials, an HTML tag, a tiny double and a missing cell per column. */
    static Table sample() {
        StringColumn text = StringColumn.create("tekst", "Sorø Kommune, \"citat\"", "a|b <i>*&*", "");
        IntColumn count = IntColumn.create("antal", new int[] {29, 0, 0});
        count.setMissing(1);
        DoubleColumn share = DoubleColumn.create("andel", 0.963, 1.0E-5, Double.NaN);
        return Table.create("prøve", text, count, share);
    }

    static byte[] bytes(Table table, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.write(table, format, out);
        return out.toByteArray();
    }

    static String text(Table table, Format format) {
        return new String(bytes(table, format), StandardCharsets.UTF_8);
    }

    @Test
    void csvQuotesOnlyWhatMustBeQuotedAndLeavesMissingCellsEmpty() {
        assertEquals("tekst,antal,andel\r\n"
                + "\"Sorø Kommune, \"\"citat\"\"\",29,0.963\r\n"
                + "a|b <i>*&*,,0.00001\r\n"
                + ",0,\r\n", text(sample(), Format.CSV));
    }

    @Test
    void markdownRightAlignsNumbersAndEscapesPipesEmphasisAndTags() {
        assertEquals("## prøve\n\n"
                + "| tekst | antal | andel |\n"
                + "| --- | ---: | ---: |\n"
                + "| Sorø Kommune, \"citat\" | 29 | 0.963 |\n"
                + "| a\\|b &lt;i>\\*&\\* |  | 0.00001 |\n"
                + "|  | 0 |  |\n", text(sample(), Format.MD));
    }

    @Test
    void htmlIsAnAccessibleTableWithCaptionAndEscapedText() {
        String html = text(sample(), Format.HTML);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
        assertTrue(html.contains("<table>\n<caption>prøve</caption>\n<thead>\n<tr><th scope=\"col\">tekst</th>"
                + "<th scope=\"col\">antal</th><th scope=\"col\">andel</th></tr>\n</thead>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">Sorø Kommune, &quot;citat&quot;</th><td class=\"num\">29</td>"
                + "<td class=\"num\">0.963</td></tr>\n"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">a|b &lt;i&gt;*&amp;*</th><td class=\"num\"></td>"), html);
        assertTrue(html.endsWith("</tbody>\n</table>\n</body>\n</html>\n"));
    }

    @Test
    void jsonIsAnArrayOfRowObjectsWithNumbersAndNulls() throws IOException {
        String json = text(sample(), Format.JSON);
        JsonNode rows = new ObjectMapper().readTree(json);
        assertEquals(3, rows.size());
        assertEquals(List.of("tekst", "antal", "andel"), fieldNames(rows.get(0)));
        assertEquals("Sorø Kommune, \"citat\"", rows.get(0).get("tekst").asText());
        assertTrue(rows.get(0).get("antal").isInt());
        assertEquals(29, rows.get(0).get("antal").intValue());
        assertEquals(1.0E-5, rows.get(1).get("andel").doubleValue());
        assertTrue(rows.get(1).get("antal").isNull());
        assertTrue(rows.get(2).get("andel").isNull());
        assertTrue(json.endsWith("}\n]\n") && !json.contains("\r"), json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Two exports more than a zip time step (2 s) apart, so a clock in the output would show. */
    @Test
    void xlsxIsByteIdenticalAcrossTimeWithFixedEntryTimesAndCoreProperties() throws Exception {
        byte[] first = bytes(sample(), Format.XLSX);
        Thread.sleep(2_100);
        assertArrayEquals(first, bytes(sample(), Format.XLSX));
        String core = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(core != null && core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-01-01T00:00:00Z"), core);
    }

    @Test
    void textFormatsAreByteIdenticalTwice() {
        for (Format format : Format.values()) {
            assertArrayEquals(bytes(sample(), format), bytes(sample(), format), format.word());
        }
    }

    @Test
    void formatParsingIgnoresCaseAndListsTheValidFormats() {
        assertEquals(Format.XLSX, Format.parse("XLSX"));
        assertEquals(Format.MD, Format.parse(" md "));
        InputException e = assertThrows(InputException.class, () -> Format.parse("pdf"));
        assertEquals("Unknown format 'pdf'; valid formats: csv, xlsx, md, html, json", e.getMessage());
    }
}
