package dk.erfaringsgraf.curation;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.InputException;
import java.nio.file.Path;
import java.util.List;

/**
 * The corrections of one graph: their file and the store they are applied to, and whether this server may take
 * new ones ({@code serve --read-only} may not). Making or undoing one appends a line and applies all in force
 * again, one at a time.
 */
public final class Curation {

    /** The corrections file of an embedded store when --corrections is not given. */
    public static final String DEFAULT_FILE = "corrections.jsonl";

    private final CorrectionLog log;
    private final CorrectionApplier applier;
    private final boolean readOnly;
    private ApplyReport last;
    private List<Correction> lastApplied;

    public Curation(Path file, GraphStore store, boolean readOnly) {
        this.log = new CorrectionLog(file);
        this.applier = new CorrectionApplier(store);
        this.readOnly = readOnly;
    }

    public Path file() {
        return log.file();
    }

    public boolean readOnly() {
        return readOnly;
    }

    public List<Correction> inForce() {
        return log.inForce();
    }

    public List<Correction> all() {
        return log.all();
    }

    /** Applies the corrections in force to the graph as loaded now. */
    public synchronized ApplyReport apply() {
        lastApplied = log.inForce();
        last = applier.apply(lastApplied);
        return last;
    }

    /** What the last application here did; applies again when the file holds other corrections (edited by hand). */
    public synchronized ApplyReport lastReport() {
        return last == null || !log.inForce().equals(lastApplied) ? apply() : last;
    }

    /** Applies the corrections in force after a new analysis wrote new echoes. */
    public synchronized ApplyReport afterAnalysis() {
        lastApplied = log.inForce();
        last = applier.afterAnalysis(lastApplied);
        return last;
    }

    /** Appends {@code correction} and applies everything in force. */
    public synchronized ApplyReport make(Correction correction) {
        log.append(correction);
        return apply();
    }

    /**
     * The undo line of correction {@code id} by {@code who}, to {@link #make}.
     *
     * @throws InputException when no correction in force has that id
     */
    public Correction undoOf(String id, String who) {
        if (log.inForce().stream().noneMatch(c -> c.id().equals(id))) {
            throw new InputException("No correction in force with id '" + id + "'");
        }
        return Correction.now(who, What.UNDO, Target.correction(id), null, null);
    }
}
