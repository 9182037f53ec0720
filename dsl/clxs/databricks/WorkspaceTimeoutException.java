package clxs.databricks;

/** A workspace accepted connections but did not answer in time; the message says what was waited for and for how long. */
public final class WorkspaceTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkspaceTimeoutException(String message) {
        super(message);
    }
}
