package dk.erfaringsgraf.graph;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;

/**
 * The console's own driver, apart from the API's, so that slow console queries never hold the API's
 * connections. It can be thrown away: a query that ignores the termination of its transaction (the driver
 * is still decoding one huge record the server already sent) is cut off by closing the driver's connections.
 */
final class ConsoleDriver implements AutoCloseable {

    /** This many console queries, plus one connection to terminate them at their deadline. */
    static final Config CONFIG = Config.builder().withMaxConnectionPoolSize(ConsoleLimits.MAX_CONCURRENT + 1)
            .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS).build();

    private final Supplier<Driver> open;
    private Driver current;

    ConsoleDriver(Supplier<Driver> open) {
        this.open = open;
    }

    synchronized Driver get() {
        if (current == null) {
            current = open.get();
        }
        return current;
    }

    /** Closes {@code driver} (every console query on it fails) unless it was replaced already. */
    void discard(Driver driver) {
        synchronized (this) {
            if (current != driver) {
                return;
            }
            current = null;
        }
        driver.closeAsync();
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
