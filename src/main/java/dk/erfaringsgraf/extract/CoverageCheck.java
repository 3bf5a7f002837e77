package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Says when a file was read badly, so nothing is lost silently: little of its running text landed in
 * findings, or most of its lines were taken as headings or layout (a hard-wrapped file misread as headings,
 * say). The thresholds are shares, so they hold for a two-page note and a hundred-page report alike.
 */
final class CoverageCheck {

    /** Below this share of its running text in findings, a file is reported. */
    static final double MIN_PROSE_IN_ITEMS = 0.6;
    /** Above this share of its lines as headings or furniture, a file is reported. */
    static final double MAX_HEADING_FURNITURE = 0.5;

    private CoverageCheck() {
    }

    static List<String> warnings(String file, Coverage c) {
        List<String> warnings = new ArrayList<>();
        int prose = c.proseLines();
        if (prose > 0 && c.proseLinesInItems() < MIN_PROSE_IN_ITEMS * prose) {
            warnings.add(String.format("%s: only %.0f%% of its running text (%d of %d lines) landed in findings",
                    file, 100.0 * c.proseLinesInItems() / prose, c.proseLinesInItems(), prose));
        }
        int layout = c.headings() + c.furniture();
        if (c.nonBlank() > 0 && layout > MAX_HEADING_FURNITURE * c.nonBlank()) {
            warnings.add(String.format("%s: %.0f%% of its lines (%d of %d) were read as headings or layout, not text",
                    file, 100.0 * layout / c.nonBlank(), layout, c.nonBlank()));
        }
        if (!c.unaccounted().isEmpty()) {
            warnings.add(String.format("%s: %d lines were not read at all (first at line %d)", file,
                    c.unaccounted().size(), c.unaccounted().get(0)));
        }
        return warnings;
    }
}
