package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.coding.Coding;
import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.RawItem;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provenance in the JSON Lines record: first and last line always, the page only for a paged form. */
class JsonLinesTest {

    @Test
    void anItemKeepsItsLineRangeAndNamesItsPageOnlyWhenPaged() throws IOException {
        RawItem fromPdf = new RawItem("Udfordringer", ItemKind.CHALLENGE, "SBSYS er udfordret.", null, List.of(14, 12, 13), 4);
        RawItem fromText = new RawItem("Udfordringer", ItemKind.CHALLENGE, "SBSYS er udfordret.", null, List.of(276));
        Coding none = new Coding(List.of(), List.of());
        StringWriter out = new StringWriter();
        JsonLines.write(List.of(Item.coded("soroe", "soroe.pdf", fromPdf, none, List.of()),
                Item.coded("soroe", "soroe.txt", fromText, none, List.of())), out);
        List<String> records = out.toString().lines().toList();
        JsonNode pdf = JsonLines.mapper().readTree(records.get(0));
        assertEquals(List.of("line", "lineTo", "page"), tail(pdf, 3));
        assertEquals(List.of(12, 14, 4), List.of(pdf.get("line").asInt(), pdf.get("lineTo").asInt(), pdf.get("page").asInt()));
        JsonNode text = JsonLines.mapper().readTree(records.get(1));
        assertEquals(List.of("actors", "actorsBySection", "line", "lineTo"), tail(text, 4));
        assertEquals(List.of(276, 276), List.of(text.get("line").asInt(), text.get("lineTo").asInt()));
    }

    private static List<String> tail(JsonNode record, int n) {
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        return names.subList(names.size() - n, names.size());
    }
}
