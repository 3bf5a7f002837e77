package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.graph.ConsoleRefusal.Reason;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ConnectionReadTimeoutException;
import org.neo4j.driver.exceptions.Neo4jException;

/** Neo4j's errors for a console query as refusals, time-outs or failures with one-line messages. */
final class ConsoleErrors {

    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

    private ConsoleErrors() {
    }

    /**
     * An error of EXPLAIN: whatever the client got wrong means the query does not compile. {@code shift}
     * is how far the explained text is ahead of the typed one, to give positions in what the user typed.
     */
    static RuntimeException compiling(Neo4jException e, ConsoleLimits limits, int shift) {
        String code = code(e);
        if (code.equals("Neo.ClientError.Procedure.ProcedureNotFound")) {
            return new ConsoleRefusal(Reason.PROCEDURE, firstLine(e.getMessage(), 0), e);
        }
        if (e instanceof ClientException && !isTimeout(code) && !code.equals("Neo.ClientError.Statement.ParameterMissing")) {
            return new ConsoleRefusal(Reason.SYNTAX, firstLine(e.getMessage(), shift), e);
        }
        return running(e, limits, false);
    }

    /**
     * An error while running: the read transaction's guard, the time limit (the application's deadline
     * passed, Neo4j's timeout, or the driver gave up waiting for an answer), the memory limit, or the query
     * failed.
     */
    static RuntimeException running(Neo4jException e, ConsoleLimits limits, boolean deadlinePassed) {
        String code = code(e);
        if (deadlinePassed || isTimeout(code) || e instanceof ConnectionReadTimeoutException) {
            return new ConsoleTimeout(limits.timeout().toMillis(), e);
        }
        if (code.equals("Neo.TransientError.General.MemoryPoolOutOfMemoryError")) {
            return new ConsoleRefusal(Reason.MEMORY, "the query needs more memory than a console query may use ("
                    + firstLine(e.getMessage(), 0) + ")", e);
        }
        if (code.endsWith(".AccessMode")) {
            return new ConsoleRefusal(Reason.WRITES, "the query writes; the console is read-only ("
                    + firstLine(e.getMessage(), 0) + ")", e);
        }
        if (code.equals("Neo.ClientError.Statement.ParameterMissing")) {
            return new ConsoleRefusal(Reason.PARAMETER, firstLine(e.getMessage(), 0), e);
        }
        return new GraphException("The query failed: " + firstLine(e.getMessage(), 0), e);
    }

    /** Neo.ClientError.Transaction.TransactionTimedOut(ClientConfiguration): the server stopped it. */
    private static boolean isTimeout(String code) {
        return code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    private static String code(Neo4jException e) {
        return e.code() == null ? "" : e.code();
    }

    /** The message's first line, its "(line 1, column 9 (offset: 8))" positions moved back by {@code shift}. */
    static String firstLine(String message, int shift) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        Matcher m = POSITION.matcher(line);
        return shift == 0 ? line : m.replaceAll(p -> {
            int row = Integer.parseInt(p.group(1));
            int column = Integer.parseInt(p.group(2));
            int offset = Integer.parseInt(p.group(3));
            return "(line %d, column %d (offset: %d))".formatted(row, row == 1 ? Math.max(1, column - shift) : column,
                    Math.max(0, offset - shift));
        });
    }
}
