package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.SourceMeta;
import java.util.List;

/** Everything extracted for one source report, over all its renditions; each item once. */
public record SourceExtraction(SourceMeta meta, List<Rendition> renditions, List<SourcedItem> items,
                               int duplicatesDropped) {

    public SourceExtraction {
        renditions = List.copyOf(renditions);
        items = List.copyOf(items);
    }

    public String id() {
        return meta.id();
    }
}
