package dk.erfaringsgraf.web;

import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.curation.Curation;
import dk.erfaringsgraf.graph.GraphStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the analysis again after a correction changed what it is computed from (kind, themes, actors), on one
 * background thread: the correction is answered at once, the scores and echoes are stale until the run ends
 * ({@link #stale()}, shown by the page), and corrections made meanwhile are covered by one more run.
 */
final class Reanalysis {

    private static final Logger LOG = LoggerFactory.getLogger(Reanalysis.class);

    private final GraphStore store;
    private final Curation curation;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reanalysis");
        t.setDaemon(true);
        return t;
    });
    private boolean queued;
    private boolean running;

    Reanalysis(GraphStore store, Curation curation) {
        this.store = store;
        this.curation = curation;
    }

    /** Asks for a run; one already queued covers this request too. */
    synchronized void request() {
        if (!queued) {
            queued = true;
            thread.submit(this::run);
        }
    }

    /** Whether the scores and echoes do not yet reflect every correction made. */
    synchronized boolean stale() {
        return queued || running;
    }

    private void run() {
        synchronized (this) {
            queued = false;
            running = true;
        }
        try {
            long start = System.nanoTime();
            new Analysis(store).run();
            curation.afterAnalysis();
            LOG.info("analysis after corrections done in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("analysis after corrections failed", e);
        } finally {
            synchronized (this) {
                running = false;
            }
        }
    }
}
