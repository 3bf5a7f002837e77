package dk.erfaringsgraf.graph;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a console query may run (Neo4j's transaction timeout, so the server stops it) and how many
 * rows it may return (more are not fetched).
 */
public record ConsoleLimits(Duration timeout, int rowCap) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_ROW_CAP = 1000;

    /** @throws IllegalArgumentException for a timeout under 1 ms or a row cap under 1 */
    public ConsoleLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("Console timeout must be at least 1 ms, not " + timeout);
        }
        if (rowCap < 1) {
            throw new IllegalArgumentException("Console row cap must be at least 1, not " + rowCap);
        }
    }

    /** 10 s and 1000 rows. */
    public static ConsoleLimits defaults() {
        return new ConsoleLimits(DEFAULT_TIMEOUT, DEFAULT_ROW_CAP);
    }
}
