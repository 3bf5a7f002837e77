package dk.erfaringsgraf.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;

/**
 * The console's own drivers, apart from the API's, so that slow console queries never hold the API's
 * connections. Each running console query leases a driver of its own (kept for the next query when it is done), so
 * one can be thrown away alone: a query that ignores the termination of its transaction (the driver is still
 * decoding one huge record the server already sent) is cut off by closing its driver, and the other console
 * queries running at that moment go on.
 */
final class ConsoleDriver implements AutoCloseable {

    /** One console query, plus one connection to terminate it at its deadline. */
    static final Config CONFIG = Config.builder().withMaxConnectionPoolSize(2)
            .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS).build();

    private final Supplier<Driver> open;
    private final Deque<Driver> idle = new ArrayDeque<>();
    private final Set<Driver> leased = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    ConsoleDriver(Supplier<Driver> open) {
        this.open = open;
    }

    /** A driver for one console query; give it back with {@link #release}. */
    synchronized Driver lease() {
        if (closed) {
            throw new IllegalStateException("The console is closed");
        }
        Driver driver = idle.isEmpty() ? open.get() : idle.pop();
        leased.add(driver);
        return driver;
    }

    /** The query on {@code driver} is done: keep the driver for the next one, unless it was discarded. */
    void release(Driver driver) {
        synchronized (this) {
            if (!leased.remove(driver)) {
                return; // discarded under its query
            }
            if (!closed && idle.size() < ConsoleLimits.MAX_CONCURRENT) {
                idle.push(driver);
                return;
            }
        }
        driver.closeAsync();
    }

    /** Closes {@code driver} and the one query on it. */
    void discard(Driver driver) {
        synchronized (this) {
            if (!leased.remove(driver)) {
                return;
            }
        }
        driver.closeAsync();
    }

    @Override
    public void close() {
        List<Driver> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(idle);
            all.addAll(leased);
            idle.clear();
            leased.clear();
        }
        all.forEach(Driver::close);
    }
}
