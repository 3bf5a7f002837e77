package dk.erfaringsgraf.ingest;

/** Bad input that the user can fix: the message names the file (and line or key where known). */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
