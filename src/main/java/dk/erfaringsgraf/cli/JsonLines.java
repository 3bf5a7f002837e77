package dk.erfaringsgraf.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.erfaringsgraf.coding.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes items as JSON Lines: one compact JSON object a line, UTF-8, in extraction order. */
final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private JsonLines() {
    }

    static void write(List<Item> items, Writer out) {
        try {
            for (Item item : items) {
                out.write(MAPPER.writeValueAsString(item));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write items: " + e.getMessage(), e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
