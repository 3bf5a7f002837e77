package dk.erfaringsgraf.coding;

import java.util.Locale;
import java.util.Objects;

/**
 * Why an item mentions an actor; the graph stores it as {@code MENTIONS {by}}.
 *
 * @param actorId the actor
 * @param by      the evidence: the item's own words, or only the title of the section it stands in
 */
public record ActorHit(String actorId, By by) {

    /** The kind of evidence behind an {@link ActorHit}, strongest first. */
    public enum By {
        /** The item's own words name the actor. */
        TEXT(1.0),
        /**
         * Only the item's section title names the actor ("Jobbanken – udsendte medarbejdere"): the chapter is
         * about the actor, the sentence may not be. Weaker than the text, so where a weight is needed (the full
         * graph export, the item links of the network) it counts half.
         */
        SECTION(0.5);

        private final double weight;

        By(double weight) {
            this.weight = weight;
        }

        /** 1.0 for the item's own words, 0.5 for its section title. */
        public double weight() {
            return weight;
        }

        /** "text" or "section", as stored on the MENTIONS relationship. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public ActorHit {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(by, "by");
    }
}
