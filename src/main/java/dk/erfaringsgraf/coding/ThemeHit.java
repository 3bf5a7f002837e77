package dk.erfaringsgraf.coding;

import java.util.Locale;

/**
 * Why an item is about a theme; the graph stores it as {@code ABOUT {weight, by}}.
 *
 * @param themeId the theme
 * @param by      the evidence: the item's section title, or words in its own text
 * @param weight  1.0 for a section match; for keywords {@code n/(n+1)} for n hits (0.5, 0.67, 0.75, ...),
 *                rounded to two decimals and at most 0.95
 */
public record ThemeHit(String themeId, By by, double weight) {

    /** The kind of evidence behind a {@link ThemeHit}. */
    public enum By {
        SECTION, KEYWORD;

        /** "section" or "keyword", as stored on the ABOUT relationship. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public ThemeHit {
        if (weight <= 0 || weight > 1) {
            throw new IllegalArgumentException("weight of theme '" + themeId + "' must be in (0, 1]: " + weight);
        }
    }
}
