package dk.erfaringsgraf.coding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.KindBy;
import dk.erfaringsgraf.extract.RawItem;
import dk.erfaringsgraf.extract.Speaker;
import java.util.List;

/**
 * A coded item: what the extractor found (source, rendition file, section, kind and why, exact text, speaker, first
 * and last line, and for a paged form the page of the first line; 0 = unpaged, left out of the JSON) with the
 * theme and actor ids the codebook assigns, and why each theme was assigned (kept out of the JSON Lines
 * record, stored on the graph's ABOUT relationships). One JSON Lines record of {@code extract}.
 *
 * <p>{@code actors} are the actors the item's own words name (as before section mentions existed, so older
 * consumers keep reading the same list); {@code actorsBySection} those only its section title names, never one
 * of {@code actors}. The graph stores both as {@code MENTIONS {by: 'text' | 'section'}}.
 */
@JsonPropertyOrder({"source", "file", "section", "kind", "kindBy", "text", "speaker", "themes", "actors", "actorsBySection",
        "line", "lineTo", "page"})
public record Item(String source, String file, String section, ItemKind kind, KindBy kindBy, String text,
                   Speaker speaker,
                   List<String> themes, List<String> actors, List<String> actorsBySection, int line, int lineTo,
                   @JsonInclude(JsonInclude.Include.NON_DEFAULT) int page,
                   @JsonIgnore List<ThemeHit> themeHits) {

    public Item {
        themes = List.copyOf(themes);
        actors = List.copyOf(actors);
        actorsBySection = List.copyOf(actorsBySection);
        themeHits = List.copyOf(themeHits);
        if (line < 1 || lineTo < line || page < 0) {
            throw new IllegalArgumentException("Bad provenance for an item of " + file + ": lines " + line + "–" + lineTo
                    + ", page " + page);
        }
    }

    /** The item {@code raw} of {@code file} in {@code source}, with its provenance, coded as {@code coding}. */
    public static Item coded(String source, String file, RawItem raw, Coding coding, List<ThemeHit> hits) {
        return new Item(source, file, raw.section(), raw.kind(), raw.kindBy(), raw.text(), raw.speaker(),
                coding.themes(), coding.actors(), coding.actorsBySection(), raw.line(), raw.lineTo(), raw.page(), hits);
    }
}
