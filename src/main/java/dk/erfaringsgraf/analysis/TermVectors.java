package dk.erfaringsgraf.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of unit length with the inverse document frequency taken over a fixed set of documents:
 * weight = (1 + ln tf) · ln(N / df). A term found in every document weighs nothing, a term no document has is
 * dropped. Terms are kept sorted so two vectors can be compared by one merge.
 */
final class TermVectors {

    /** One text's vector: sorted terms and their normalised weights, index by index. */
    record Vector(String[] terms, double[] weights) {
    }

    private final Map<String, Double> idf = new HashMap<>();

    /** Document frequencies from {@code documents}, each a collection of its terms (repeats are ignored). */
    TermVectors(List<? extends Collection<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> terms : documents) {
            terms.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        df.forEach((term, n) -> idf.put(term, Math.log((double) documents.size() / n)));
    }

    /** The unit TF-IDF vector of {@code terms} (in text order, with repeats). */
    Vector vector(List<String> terms) {
        Map<String, Integer> tf = new TreeMap<>();
        terms.stream().filter(idf::containsKey).forEach(t -> tf.merge(t, 1, Integer::sum));
        String[] names = tf.keySet().toArray(String[]::new);
        double[] weights = new double[names.length];
        double norm = 0;
        for (int i = 0; i < names.length; i++) {
            weights[i] = (1 + Math.log(tf.get(names[i]))) * idf.get(names[i]);
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < weights.length && norm > 0; i++) {
            weights[i] /= norm;
        }
        return new Vector(names, weights);
    }
}
