package dk.erfaringsgraf.extract;

import java.util.List;

/**
 * Finds where the left column ends in a PDF extraction that wrote two columns of bullets one after the
 * other (all of "Muligheder", then all of "Udfordringer") with nothing in between to mark the seam. Each
 * bullet gets a {@link StanceScorer} score; the split index k maximises Σ score(left) − Σ score(right),
 * i.e. the left column as positive and the right as negative as possible. When several seams score
 * the same, the bullets between them are neutral and their column is unknown: the seam goes in the middle
 * of that run, and an odd one out goes left, since challenges are usually phrased with explicit problem
 * words and a neutral bullet is more likely the last opportunity than the first challenge. O(n) after
 * scoring; the scores come from the general {@link ValenceLexicon}, not from this report's words.
 */
final class ColumnSplitter {

    private final StanceScorer scorer = StanceScorer.comparing();

    /**
     * @return the number of bullets in the left column, between 1 and {@code bullets.size() - 1}
     * @throws IllegalArgumentException for fewer than two bullets (there is no seam to find)
     */
    int split(List<String> bullets) {
        if (bullets.size() < 2) {
            throw new IllegalArgumentException("Two columns need at least two bullets, got " + bullets.size());
        }
        int[] scores = bullets.stream().mapToInt(scorer::score).toArray();
        int total = 0;
        for (int s : scores) {
            total += s;
        }
        int bestValue = Integer.MIN_VALUE;
        int first = 1;
        int last = 1;
        int prefix = 0;
        for (int k = 1; k < scores.length; k++) {
            prefix += scores[k - 1];
            int value = 2 * prefix - total;
            if (value > bestValue) {
                bestValue = value;
                first = k;
            }
            if (value == bestValue) {
                last = k;
            }
        }
        return last;
    }
}
