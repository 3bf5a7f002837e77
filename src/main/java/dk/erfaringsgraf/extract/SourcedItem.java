package dk.erfaringsgraf.extract;

/** An extracted item with the rendition file it was taken from. */
public record SourcedItem(String file, RawItem item) {
}
