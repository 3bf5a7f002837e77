package dk.erfaringsgraf.web;

/**
 * A request the API answers with a JSON error instead of data: the HTTP status, a machine-readable error
 * code the page translates, a one-line message, and the parameter or refusal reason when there is one.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String parameter;
    private final String reason;

    ApiException(int status, String error, String message, String parameter, String reason) {
        super(message);
        this.status = status;
        this.error = error;
        this.parameter = parameter;
        this.reason = reason;
    }

    /** 400: a parameter is missing or malformed; the message names it and says what is allowed. */
    static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "bad_parameter", message, parameter, null);
    }

    /** 404: no theme, actor, source, item or table with that id. */
    static ApiException notFound(String parameter, String message) {
        return new ApiException(404, "not_found", message, parameter, null);
    }

    public int status() {
        return status;
    }

    /** The JSON body: {error, message, parameter, reason}. */
    ApiError body() {
        return new ApiError(error, getMessage(), parameter, reason);
    }

    /** The body of every error response. */
    record ApiError(String error, String message, String parameter, String reason) {
    }
}
