package clxs.sink;

/**
 * One batch could not be delivered (the destination refused it, or gave up on it), and the sink is
 * still open: the next batch goes on. A stream counts it as a tick error, shows the message and
 * keeps running; the rows of the batch are not in {@link Sink#written()}.
 */
public class BatchFailedException extends SinkException {

    private static final long serialVersionUID = 1L;
    private final long rowsLost;

    public BatchFailedException(String message, long rowsLost) {
        super(message);
        this.rowsLost = rowsLost;
    }

    /** Rows of the batch the destination did not take. */
    public long rowsLost() {
        return rowsLost;
    }
}
