package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.TextJoiner;

/**
 * Knows what a heading looks like in a text with upper-case headings (an upper-case line, often broken
 * over several lines) and which heading governs the paragraph being read.
 *
 * <p>The PDF text sometimes stacks two headings with nothing between them ("SAMSPILLET MED POLITIKERNE",
 * then "FORANDRINGER SKAL FASTHOLDES"): the two columns' headings came out first, then both columns'
 * text. The first heading keeps governing; the second takes over at the paragraph whose first letter is
 * lower case, because a section's opening paragraph lost its drop cap in the extraction ("i Kommunal…").
 */
final class CapitalSections {

    /**
     * The governing heading; null before the first one. Such a report prints no heading over its foreword,
     * and an item names only a section the report prints, so foreword items have none.
     */
    private String current;
    private String pending;
    private boolean seenHeading;
    private boolean textSinceHeading;

    /** Whether a paragraph of {@code section} is in the foreword, before the first heading. */
    static boolean isForeword(String section) {
        return section == null;
    }

    /** An upper-case line of at least three letters and nothing but letters, spaces and a dash or comma. */
    static boolean isHeading(String raw) {
        String line = TextJoiner.fold(raw);
        long letters = line.chars().filter(Character::isLetter).count();
        return letters >= 3 && line.chars().allMatch(c -> Character.isUpperCase(c) || " –-,&".indexOf(c) >= 0);
    }

    /** A heading, already folded to one line, was read. */
    void heading(String title) {
        if (seenHeading && !textSinceHeading) {
            pending = title;
        } else {
            current = title;
            pending = null;
        }
        seenHeading = true;
        textSinceHeading = false;
    }

    /** A new paragraph starts with {@code text}; returns the section it belongs to, null before any heading. */
    String paragraph(String text) {
        textSinceHeading = true;
        if (pending != null && !text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            current = pending;
            pending = null;
        }
        return current;
    }

    /** A stacked heading that never took over, or null. */
    String unused() {
        return pending;
    }
}
