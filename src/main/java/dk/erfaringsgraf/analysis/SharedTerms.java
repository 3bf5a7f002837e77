package dk.erfaringsgraf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The cosine of two unit TF-IDF vectors and the terms that make it up, largest contribution first. */
record SharedTerms(double cosine, List<String> terms) {

    private record Part(String term, double contribution) {
    }

    private static final Comparator<Part> ORDER = Comparator.comparingDouble(Part::contribution).reversed()
            .thenComparing(Part::term);

    static SharedTerms of(TermVectors.Vector x, TermVectors.Vector y) {
        List<Part> parts = new ArrayList<>();
        double cosine = 0;
        int i = 0;
        int j = 0;
        while (i < x.terms().length && j < y.terms().length) {
            int c = x.terms()[i].compareTo(y.terms()[j]);
            if (c == 0) {
                double contribution = x.weights()[i] * y.weights()[j];
                if (contribution > 0) {
                    parts.add(new Part(x.terms()[i], contribution));
                    cosine += contribution;
                }
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        parts.sort(ORDER);
        return new SharedTerms(cosine, parts.stream().map(Part::term).toList());
    }
}
