package dk.erfaringsgraf.extract;

/**
 * One file of a source: which template read it, its coverage, and how similar its content is to the
 * source's primary rendition (1.0 for the primary itself).
 */
public record Rendition(String file, String template, String sha256, String charset, Coverage coverage,
                        int itemsRead, double similarity, boolean primary) {
}
