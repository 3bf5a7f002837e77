package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Share and adjusted residual on a table small enough to work by hand: three sources with 10, 20 and 30 items
 * that have a theme (n = 60); theme x is in 8, 6 and 6 of them (R = 20), theme y in 0, 5 and 15 (R = 20).
 */
class CrosstabTest {

    private final Crosstab table = new Crosstab(new int[][] {{8, 6, 6}, {0, 5, 15}, {0, 0, 0}}, new int[] {10, 20, 30});

    @Test
    void shareIsTheColumnPerCentOfTheSourcesItems() {
        assertEquals(0.8, table.share(0, 0), 1e-12);
        assertEquals(0.3, table.share(0, 1), 1e-12);
        assertEquals(0.2, table.share(0, 2), 1e-12);
        assertEquals(0.5, table.share(1, 2), 1e-12);
    }

    @Test
    void expectedSpreadsTheThemeLikeAllItems() {
        // E = R · n(s) / n = 20 · 10 / 60, 20 · 20 / 60, 20 · 30 / 60
        assertEquals(10.0 / 3, table.expected(0, 0), 1e-12);
        assertEquals(20.0 / 3, table.expected(0, 1), 1e-12);
        assertEquals(10.0, table.expected(0, 2), 1e-12);
    }

    @Test
    void residualIsHabermansAdjustedResidual() {
        // x in source 0: (8 − 10/3) / √(10/3 · (1 − 20/60) · (1 − 10/60)) = (14/3) / √(50/27) = 3.4293: over-represented
        assertEquals(3.429286, table.residual(0, 0), 1e-6);
        // x in source 2: (6 − 10) / √(10 · 2/3 · 1/2) = −4 / √(10/3) = −2.1909: under-represented
        assertEquals(-2.190890, table.residual(0, 2), 1e-6);
        // y in source 0: (0 − 10/3) / √(50/27) = −√6; y in source 2: (15 − 10) / √(10/3) = 2.7386
        assertEquals(-Math.sqrt(6), table.residual(1, 0), 1e-9);
        assertEquals(2.738613, table.residual(1, 2), 1e-6);
        // The pooled two-proportion z of source 0 against the rest: p1 = 0.8, p2 = 12/50, p = 1/3.
        double z = (0.8 - 12.0 / 50) / Math.sqrt(1.0 / 3 * 2 / 3 * (1.0 / 10 + 1.0 / 50));
        assertEquals(z, table.residual(0, 0), 1e-9);
    }

    @Test
    void aThemeWithNoItemsHasNoResidual() {
        assertEquals(0.0, table.share(2, 1));
        assertEquals(0.0, table.expected(2, 1));
        assertTrue(Double.isNaN(table.residual(2, 1)));
    }

    @Test
    void aSourceWithoutThemedItemsHasNoShareAndOneSourceHasNoResidual() {
        Crosstab empty = new Crosstab(new int[][] {{0, 3}}, new int[] {0, 4});
        assertTrue(Double.isNaN(empty.share(0, 0)));
        // all items are the second source's: nothing to compare it with
        assertTrue(Double.isNaN(empty.residual(0, 1)));
    }

    @Test
    void aCellWithMoreItemsThanItsSourceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Crosstab(new int[][] {{3, 1}}, new int[] {2, 5}));
        assertEquals("Cell (0, 0) holds 3 items of a source with 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Crosstab(new int[][] {{1}}, new int[] {2, 5}));
    }
}
