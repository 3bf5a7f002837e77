package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.ingest.InputException;
import picocli.CommandLine;

/**
 * Turns exceptions into one line on stderr and an exit code: bad input (the message names the file, line
 * or parameter) exits 2, anything else 1. {@code ERFARINGSGRAF_DEBUG=1} adds the stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("erfaringsgraf: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        if (System.getenv("ERFARINGSGRAF_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return e instanceof InputException ? BAD_INPUT : FAILED;
    }
}
