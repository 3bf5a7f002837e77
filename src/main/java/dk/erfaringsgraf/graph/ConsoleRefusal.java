package dk.erfaringsgraf.graph;

/**
 * The console refused a query before running it (or the read-only transaction stopped it at its first
 * write); nothing was written. {@link #reason()} is stable, so the web layer can translate it.
 */
public final class ConsoleRefusal extends GraphException {

    private static final long serialVersionUID = 1L;

    /** Why the query was refused; {@link #code()} is the reason as the web API reports it. */
    public enum Reason {
        /** Blank, only comments, or only a semicolon. */
        EMPTY("empty"),
        /** A semicolon followed by another statement. */
        MULTIPLE_STATEMENTS("multiple-statements"),
        /** LOAD CSV, which reads files and URLs of the server's machine. */
        LOAD_CSV("load-csv"),
        /** A query type other than READ_ONLY, TERMINATE TRANSACTIONS, or a write met by the read transaction. */
        WRITES("writes"),
        /** A procedure not on the console's allow-list (unknown, not READ, or one that leaks or disturbs). */
        PROCEDURE("procedure"),
        /** A SHOW command not on the console's allow-list (SHOW SETTINGS, SHOW TRANSACTIONS, …). */
        COMMAND("command"),
        /** Neo4j's per-transaction memory limit stopped the query. */
        MEMORY("memory"),
        /** Neo4j could not compile the query: its message, first line. */
        SYNTAX("syntax"),
        /** A $parameter without a value, or a value Neo4j cannot take. */
        PARAMETER("parameter");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    ConsoleRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    ConsoleRefusal(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
