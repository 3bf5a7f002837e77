package dk.erfaringsgraf.extract;

import java.util.List;

/**
 * Finds where the left column ends in a PDF extraction that wrote two columns of bullets one after the
 * other (all of "Muligheder", then all of "Udfordringer") with nothing in between to mark the seam. Each
 * bullet gets a {@link StanceScorer} score; the split index k maximises Σ score(left) − Σ score(right),
 * i.e. the left column as positive and the right as negative as possible. Ties go to the larger k:
 * challenges are usually phrased with explicit problem words, so a neutral bullet at the seam is more
 * likely the last opportunity than the first challenge. O(n) after scoring.
 */
final class ColumnSplitter {

    private final StanceScorer scorer = new StanceScorer();

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
        int best = 1;
        int bestValue = Integer.MIN_VALUE;
        int prefix = 0;
        for (int k = 1; k < scores.length; k++) {
            prefix += scores[k - 1];
            int value = 2 * prefix - total;
            if (value >= bestValue) {
                bestValue = value;
                best = k;
            }
        }
        return best;
    }
}
