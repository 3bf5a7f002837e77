package dk.erfaringsgraf.coding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.Speaker;
import java.util.List;

/**
 * A coded item: what the extractor found (source, rendition file, section, kind, exact text, speaker,
 * first line) with the theme and actor ids the codebook assigns, and why each theme was assigned (kept out of
 * the JSON Lines record, stored on the graph's ABOUT relationships). One JSON Lines record of {@code extract}.
 */
@JsonPropertyOrder({"source", "file", "section", "kind", "text", "speaker", "themes", "actors", "line"})
public record Item(String source, String file, String section, ItemKind kind, String text, Speaker speaker,
                   List<String> themes, List<String> actors, int line,
                   @JsonIgnore List<ThemeHit> themeHits) {

    public Item {
        themes = List.copyOf(themes);
        actors = List.copyOf(actors);
        themeHits = List.copyOf(themeHits);
    }
}
