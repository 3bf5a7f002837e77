package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.SourceExtraction;
import java.util.List;

/** One source to load: what extraction found (metadata, renditions) and its coded items. */
public record SourceGraph(SourceExtraction extraction, List<Item> items) {

    public SourceGraph {
        items = List.copyOf(items);
    }

    public String id() {
        return extraction.id();
    }
}
