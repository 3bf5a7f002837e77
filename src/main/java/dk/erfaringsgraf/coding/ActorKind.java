package dk.erfaringsgraf.coding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of actor an {@link Actor} is; the codebook writes the lowercase label. */
public enum ActorKind {
    GROUP, BODY, ORGANISATION, ROLE, AUTHORITY;

    /** The label as written in the codebook and stored in the graph. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind whose label is {@code label}, if any. */
    public static Optional<ActorKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label();
    }
}
