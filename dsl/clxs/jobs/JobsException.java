package clxs.jobs;

/** A Jobs or Workspace call failed; the message says which and why, without credentials. */
public class JobsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobsException(String message, Throwable cause) {
        super(message, cause);
    }

    public JobsException(String message) {
        super(message);
    }
}
