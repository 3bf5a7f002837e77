package dk.erfaringsgraf.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Two items of different sources that make the same point: their ids ({@code from} sorts before {@code to},
 * one echo per unordered pair), their similarity in [0, 1] and the stemmed terms they share, strongest first.
 */
public record Echo(String from, String to, double similarity, List<String> sharedTerms) {

    public Echo {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("Echo ids must be ordered from < to, got " + from + " and " + to);
        }
        sharedTerms = List.copyOf(sharedTerms);
    }
}
