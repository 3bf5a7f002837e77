package dk.erfaringsgraf.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * The sub-headings under which the Sorø report lists its bullets, and the kind each list holds.
 * {@link #COLUMNS} is the PDF's one-line "Muligheder Udfordringer" over two interleaved columns.
 */
enum ListLabel {
    OPPORTUNITIES("muligheder", ItemKind.OPPORTUNITY),
    CHALLENGES("udfordringer", ItemKind.CHALLENGE),
    COLUMNS("muligheder udfordringer", null),
    SOLUTIONS("organisationens ideer til løsninger", ItemKind.RECOMMENDATION),
    /** "Hvad skal vi gøre igen i fremtidig krisehåndtering?": what worked, to repeat. */
    REPEAT("hvad skal vi gøre igen", ItemKind.OPPORTUNITY),
    /** "Hvad skal vi være opmærksomme på?": what went wrong, to watch. */
    WATCH("hvad skal vi være opmærksomme på", ItemKind.CHALLENGE);

    private final String text;
    private final ItemKind kind;

    ListLabel(String text, ItemKind kind) {
        this.text = text;
        this.kind = kind;
    }

    /** The kind of the bullets under this label; null for {@link #COLUMNS}, which holds two kinds. */
    ItemKind kind() {
        return kind;
    }

    /** The label a folded line is, if any; the two questions may go on ("…krisehåndtering?"). */
    static Optional<ListLabel> of(String folded) {
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[?:]$", "").strip();
        for (ListLabel label : values()) {
            boolean question = label == REPEAT || label == WATCH;
            if (s.equals(label.text) || (question && s.startsWith(label.text) && s.length() < 70)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
