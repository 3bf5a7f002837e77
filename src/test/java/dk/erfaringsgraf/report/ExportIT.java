package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.xlsx.XlsxReadOptions;
import tech.tablesaw.io.xlsx.XlsxReader;

/** Exports of the real tables: byte-identical twice, and re-read they give back the same table. */
class ExportIT {

    private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

    private static Table table(String name) {
        return TABLES.computeIfAbsent(name, n -> Tables.build(GraphFixture.get().store(), n));
    }

    /** Each format of each table, built anew both times (a fresh query, pivot and export). */
    @TestFactory
    Stream<DynamicTest> everyTableInEveryFormatIsByteIdenticalTwice() {
        return TableCatalog.names().stream().flatMap(name -> Stream.of(Format.values()).map(format ->
                DynamicTest.dynamicTest(name + "." + format.word(), () -> {
                    Table again = Tables.build(GraphFixture.get().store(), name);
                    assertArrayEquals(TableExporterTest.bytes(table(name), format),
                            TableExporterTest.bytes(again, format));
                })));
    }

    @TestFactory
    Stream<DynamicTest> csvReadBackWithTablesawEqualsTheTable() {
        return TableCatalog.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Table t = table(name);
            CsvReadOptions options = CsvReadOptions.builder(new StringReader(TableExporterTest.text(t, Format.CSV)))
                    .tableName(name).columnTypes(t.types().toArray(ColumnType[]::new)).maxCharsPerColumn(100_000).build();
            assertSameTable(t, Table.read().usingOptions(options));
        }));
    }

    static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.types(), actual.types());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int c = 0; c < expected.columnCount(); c++) {
            assertEquals(expected.column(c).asList(), actual.column(c).asList(), expected.column(c).name());
        }
    }

    /**
     * tablesaw-excel reads every number back as a double and blank cells as missing, and skips a column with
     * no value at all (gaps' otherSource and opportunities, which only tension rows fill, and this corpus has
     * none); the header row itself, read with POI, still names every column.
     */
    @Test
    void xlsxReadBackWithTablesawExcelHasTheSameShapeAndValues() throws Exception {
        for (String name : List.of("theme-source", "gaps", "quotes")) {
            Table t = table(name);
            byte[] xlsx = TableExporterTest.bytes(t, Format.XLSX);
            Table read = new XlsxReader().read(XlsxReadOptions.builder(new Source(new ByteArrayInputStream(xlsx))).build());
            Table filled = t.selectColumns(t.columns().stream().filter(c -> c.countMissing() < c.size()).map(c -> c.name())
                    .toArray(String[]::new));
            assertEquals(filled.columnNames(), read.columnNames(), name);
            assertEquals(t.rowCount(), read.rowCount(), name);
            for (int c = 0; c < filled.columnCount(); c++) {
                for (int r = 0; r < filled.rowCount(); r++) {
                    assertEquals(value(filled, c, r), value(read, c, r), name + " " + filled.column(c).name() + " row " + r);
                }
            }
            assertEquals(t.columnNames(), headerRow(xlsx), name);
        }
        // every column of gaps is filled somewhere now that tensions (otherSource, opportunities) appear
        assertEquals(List.of(), table("gaps").columns().stream()
                .filter(c -> c.countMissing() == c.size()).map(c -> c.name()).toList());
    }

    private static List<String> headerRow(byte[] xlsx) throws java.io.IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new java.util.ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
            return names;
        }
    }

    /** Numbers as doubles, text as text, missing as null, so int columns compare with their double read-back. */
    private static Object value(Table t, int c, int r) {
        if (t.column(c).isMissing(r)) {
            return null;
        }
        Object v = t.column(c).get(r);
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }

    @Test
    void markdownAndHtmlKeepTheDanishLetters() {
        String md = TableExporterTest.text(table("quotes"), Format.MD);
        assertTrue(md.startsWith("## Citater med taler og herkomst / Quotes with speaker and provenance\n\n"
                + "| source | section | file | line | id | person | role | organisation | text |\n"
                + "| --- | --- | --- | ---: | --- | --- | --- | --- | --- |\n"), md.substring(0, 300));
        assertTrue(md.contains("| komdir-2020 | FORANDRINGER SKAL FASTHOLDES | komdir-den-digitale-dynamo-2020.txt | 708 |"
                + " komdir-2020:708 | Søren S. Kjær |  | Sorø Kommune | Jeg vil gerne fastholde det gode, tillidsfulde"));
        String html = TableExporterTest.text(table("theme-source"), Format.HTML);
        assertTrue(html.contains("<caption>Temaer × kilder: udsagn af hver slags pr. tema og kilde / Themes × sources:"
                + " items of each kind per theme and source</caption>"));
        assertTrue(html.contains("<tr><th scope=\"row\">krisehaandtering</th><td>Krisehåndtering og beredskab</td>"));
        assertTrue(html.contains("<tr><th scope=\"row\">oekonomi-ressourcer</th><td>Økonomi og ressourcer</td>"));
    }

    @Test
    void jsonParsesWithJacksonIntoOneObjectPerRow() throws Exception {
        JsonNode quotes = new ObjectMapper().readTree(TableExporterTest.bytes(table("quotes"), Format.JSON));
        assertEquals(220, quotes.size());
        List<JsonNode> kjaer = Stream.of(quotes).flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false))
                .filter(q -> q.get("person").asText().equals("Søren S. Kjær")).toList();
        assertEquals(2, kjaer.size());
        assertEquals(511, kjaer.get(0).get("line").intValue());
        assertTrue(kjaer.get(0).get("role").isNull());
        JsonNode overlap = new ObjectMapper().readTree(TableExporterTest.bytes(table("source-overlap"), Format.JSON));
        assertEquals("kl-2020", overlap.get(0).get("source").asText());
        assertEquals(0.5333, overlap.get(0).get("actorJaccard").doubleValue());
        assertEquals(26, overlap.get(0).get("sharedThemes").intValue());
    }
}
