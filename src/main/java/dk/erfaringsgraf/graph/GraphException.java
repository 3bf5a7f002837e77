package dk.erfaringsgraf.graph;

/** The graph store failed: a message naming the URI, folder or query and the cause. */
public final class GraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GraphException(String message) {
        super(message);
    }

    public GraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
