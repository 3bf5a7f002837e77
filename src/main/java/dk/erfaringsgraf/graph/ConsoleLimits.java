package dk.erfaringsgraf.graph;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a console query may run (a deadline the application enforces, Neo4j's transaction timeout
 * behind it), how many rows and how many bytes of rows (as JSON) it may return (more are not fetched), and
 * how many console queries may run at once (the console's own driver has {@link #MAX_CONCURRENT} connections).
 */
public record ConsoleLimits(Duration timeout, int rowCap, long byteCap, int concurrent) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_ROW_CAP = 1000;
    /** 4 MiB: about 80,000 short values, far more than a page can show, far less than the heap. */
    public static final long DEFAULT_BYTE_CAP = 4L << 20;
    public static final int DEFAULT_CONCURRENT = 3;
    /** The console driver's pool: this many queries, plus one connection to stop them at their deadline. */
    public static final int MAX_CONCURRENT = 8;

    /** @throws IllegalArgumentException naming the limit that is out of range */
    public ConsoleLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("Console timeout must be at least 1 ms, not " + timeout);
        }
        if (rowCap < 1) {
            throw new IllegalArgumentException("Console row cap must be at least 1, not " + rowCap);
        }
        if (byteCap < 1024) {
            throw new IllegalArgumentException("Console byte cap must be at least 1024, not " + byteCap);
        }
        if (concurrent < 1 || concurrent > MAX_CONCURRENT) {
            throw new IllegalArgumentException("Console concurrency must be from 1 to " + MAX_CONCURRENT + ", not " + concurrent);
        }
    }

    /** The given time limit and row cap, the default byte cap and concurrency. */
    public ConsoleLimits(Duration timeout, int rowCap) {
        this(timeout, rowCap, DEFAULT_BYTE_CAP, DEFAULT_CONCURRENT);
    }

    /** 10 s, 1000 rows, 4 MiB, 3 at once. */
    public static ConsoleLimits defaults() {
        return new ConsoleLimits(DEFAULT_TIMEOUT, DEFAULT_ROW_CAP);
    }
}
