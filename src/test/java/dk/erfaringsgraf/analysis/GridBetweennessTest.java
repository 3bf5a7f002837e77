package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.BetweennessCentrality.OverflowStrategy;
import org.jgrapht.generate.GridGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 40×40 grid: between opposite corners there are C(78, 39) ≈ 2.65e22 shortest paths, beyond
 * Long.MAX_VALUE ≈ 9.2e18, so JGraphT's {@code long} path counters overflow.
 */
class GridBetweennessTest {

    private static final int SIDE = 40;
    private static Graph<Integer, DefaultEdge> grid;
    private static Map<Integer, Double> ours;

    @BeforeAll
    static void computeOnce() {
        grid = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GridGraphGenerator<Integer, DefaultEdge>(SIDE, SIDE).generateGraph(grid);
        long start = System.nanoTime();
        ours = new BrandesBetweenness<>(grid).getScores();
        System.out.printf("BrandesBetweenness on the %dx%d grid (%d vertices, %d edges): %d ms%n", SIDE, SIDE,
                grid.vertexSet().size(), grid.edgeSet().size(), (System.nanoTime() - start) / 1_000_000);
        System.out.printf("corner %.10f, centre %.4f%n", ours.get(at(0, 0)), ours.get(at(SIDE / 2, SIDE / 2)));
    }

    /** Vertex number of row r, column c: the generator numbers row by row. */
    private static int at(int r, int c) {
        return r * SIDE + c;
    }

    @Test
    void generatorNumbersRowByRow() {
        assertEquals(Set.of(at(0, 1), at(1, 0)), Set.copyOf(Graphs.neighborListOf(grid, at(0, 0))));
        assertEquals(Set.of(at(0, 1), at(1, 0), at(1, 2), at(2, 1)), Set.copyOf(Graphs.neighborListOf(grid, at(1, 1))));
        assertEquals(2 * SIDE * (SIDE - 1), grid.edgeSet().size());
    }

    @Test
    void jgraphtDetectsTheOverflowWhenAskedTo() {
        assertThrows(ArithmeticException.class,
                () -> new BetweennessCentrality<>(grid, false, OverflowStrategy.THROW_EXCEPTION_ON_OVERFLOW)
                        .getScores());
    }

    /**
     * A shortest path through corner (0,0) must come down row 0 and go on down column 0: for a pair (0,c), (r,0)
     * exactly one of its C(r+c, r) shortest paths does. So the corner scores Σ_{r,c=1..39} 1/C(r+c, r) — the
     * pairs with the largest r + c are the ones whose counts overflow a long.
     */
    @Test
    void cornerMatchesClosedFormAndAllFourCornersAgree() {
        double expected = 0.0;
        for (int r = 1; r < SIDE; r++) {
            for (int c = 1; c < SIDE; c++) {
                expected += 1.0 / binomial(r + c, r);
            }
        }
        for (int corner : List.of(at(0, 0), at(0, SIDE - 1), at(SIDE - 1, 0), at(SIDE - 1, SIDE - 1))) {
            assertEquals(expected, ours.get(corner), 1e-12 * expected, "corner " + corner);
        }
    }

    @Test
    void symmetricUnderRotationAndReflection() {
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double b = ours.get(at(r, c));
                assertTrue(Double.isFinite(b) && b >= 0.0);
                assertEquals(b, ours.get(at(c, SIDE - 1 - r)), 1e-9 * b, "rotation of " + r + "," + c);
                assertEquals(b, ours.get(at(r, SIDE - 1 - c)), 1e-9 * b, "reflection of " + r + "," + c);
            }
        }
    }

    @Test
    void theFourCentreVerticesScoreHighest() {
        int h = SIDE / 2;
        double centre = ours.get(at(h, h));
        for (int v : List.of(at(h - 1, h - 1), at(h - 1, h), at(h, h - 1))) {
            assertEquals(centre, ours.get(v), 1e-9 * centre);
        }
        ours.forEach((v, b) -> {
            int r = v / SIDE;
            int c = v % SIDE;
            boolean isCentre = (r == h || r == h - 1) && (c == h || c == h - 1);
            assertTrue(isCentre || b < centre * (1 - 1e-9), "vertex " + r + "," + c + " scores " + b);
        });
    }

    /** Every shortest s-t path has d(s,t) - 1 inner vertices, so the scores sum to Σ over pairs of (d - 1). */
    @Test
    void scoresSumToTheInnerVerticesOfAllPairs() {
        double expected = innerVerticesOfAllPairs();
        double sum = ours.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(expected, sum, 1e-9 * expected);
    }

    /** JGraphT's default ignores the overflow; its sum of scores is then off. */
    @Test
    void jgraphtDefaultIsWrongOnTheGrid() {
        long start = System.nanoTime();
        Map<Integer, Double> theirs = new BetweennessCentrality<>(grid).getScores();
        System.out.printf("JGraphT BetweennessCentrality (IGNORE_OVERFLOW) on the grid: %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        double sum = theirs.values().stream().mapToDouble(Double::doubleValue).sum();
        double expected = innerVerticesOfAllPairs();
        System.out.printf("sum of scores: JGraphT %.6e, Brandes here %.6e, exact %.6e; corner JGraphT %.6e, here %.6e%n",
                sum, ours.values().stream().mapToDouble(Double::doubleValue).sum(), expected, theirs.get(0), ours.get(0));
        assertTrue(Math.abs(sum - expected) > 1e-3 * expected, "JGraphT sum " + sum);
    }

    private static double innerVerticesOfAllPairs() {
        double total = 0.0;
        for (int s = 0; s < SIDE * SIDE; s++) {
            for (int t = s + 1; t < SIDE * SIDE; t++) {
                total += Math.abs(s / SIDE - t / SIDE) + Math.abs(s % SIDE - t % SIDE) - 1;
            }
        }
        return total;
    }

    private static double binomial(int n, int k) {
        double b = 1.0;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }
}
