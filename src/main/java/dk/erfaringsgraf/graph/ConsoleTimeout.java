package dk.erfaringsgraf.graph;

/** A console query ran longer than its time limit; Neo4j terminated (and rolled back) its transaction. */
public final class ConsoleTimeout extends GraphException {

    private static final long serialVersionUID = 1L;

    private final long timeoutMillis;

    ConsoleTimeout(long timeoutMillis, Throwable cause) {
        super("the query ran longer than the time limit of " + timeoutMillis + " ms and was stopped", cause);
        this.timeoutMillis = timeoutMillis;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }
}
