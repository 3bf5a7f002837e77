package dk.erfaringsgraf.analysis;

/**
 * An undirected weighted link between two vertex ids, as the web API carries co-occurrence links.
 *
 * @param source one end
 * @param target the other end
 * @param weight positive weight (for co-occurrence: the number of items coded with both ends)
 */
public record WeightedLink(String source, String target, double weight) {
}
