package clxs.sink;

/**
 * A sink could not take, keep or deliver rows. The message is for the user: it names the
 * destination and says what went wrong, and never carries a credential.
 */
public class SinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SinkException(String message) {
        super(message);
    }

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
