package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cosine of theme-share vectors on profiles worked by hand. */
class ProfileCosineTest {

    @Test
    void mirroredProfilesGiveSixTenths() {
        // shares (3/4, 1/4) and (1/4, 3/4): (3/16 + 3/16) / (√(10/16) · √(10/16)) = 6/10
        assertEquals(0.6, ProfileCosine.of(Map.of("x", 3, "y", 1), Map.of("x", 1, "y", 3)), 1e-12);
    }

    @Test
    void aThemeOnlyOneSourceHasCountsInItsNormOnly() {
        // shares (1/2, 1/2, 0) and (1/2, 0, 1/2): (1/4) / (√(1/2) · √(1/2)) = 1/2
        assertEquals(0.5, ProfileCosine.of(Map.of("x", 2, "y", 2), Map.of("x", 1, "z", 1)), 1e-12);
    }

    @Test
    void theSameProportionsAtAnotherSizeGiveOne() {
        // Jaccard would also say 1 here; the next case is where the two part.
        assertEquals(1.0, ProfileCosine.of(Map.of("x", 1, "y", 2), Map.of("x", 10, "y", 20)), 1e-12);
    }

    @Test
    void equalThemeSetsWithDifferentWeightsAreNotAlike() {
        // Both raise x and y (Jaccard 1), but 9 : 1 against 1 : 9: (9 + 9) / (√82 · √82) = 18/82
        assertEquals(18.0 / 82, ProfileCosine.of(Map.of("x", 9, "y", 1), Map.of("x", 1, "y", 9)), 1e-12);
    }

    @Test
    void disjointProfilesGiveZeroAndEmptyOnesNothing() {
        assertEquals(0.0, ProfileCosine.of(Map.of("x", 4), Map.of("y", 2)));
        assertTrue(Double.isNaN(ProfileCosine.of(Map.of(), Map.of("y", 2))));
        assertTrue(Double.isNaN(ProfileCosine.of(Map.of("x", 0), Map.of("y", 2))));
    }

    @Test
    void aNegativeCountIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfileCosine.of(Map.of("x", -1), Map.of("x", 1)));
        assertEquals("Negative count -1 for 'x'", e.getMessage());
    }
}
