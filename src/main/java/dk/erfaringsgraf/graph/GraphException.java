package dk.erfaringsgraf.graph;

/**
 * The graph store failed: a message naming the URI, folder or query and the cause. The console's refusals
 * and time-outs are the two kinds a caller may want to tell apart (sealed, so a handler can be exhaustive).
 */
public sealed class GraphException extends RuntimeException permits ConsoleRefusal, ConsoleTimeout {

    private static final long serialVersionUID = 1L;

    public GraphException(String message) {
        super(message);
    }

    public GraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
