package clxs.zerobus;

/**
 * Why a Zerobus stream operation failed, sorted into what clxs does about it. Carries a message
 * already cleaned of the SDK's debug noise and of the client secret.
 */
final class StreamFailure extends Exception {

    private static final long serialVersionUID = 1L;

    enum Kind {
        /** The stream ended under us (the service closes streams about every 15 minutes, a network drop, an ack timeout): reopen and re-send. */
        CLOSED,
        /** The service refused a record (schema mismatch): that request is lost, the others are re-sent. */
        REJECTED,
        /** The token exchange refused the client ID or secret. */
        CREDENTIALS,
        /** The service principal may not write to the table. */
        PERMISSION,
        /** The table does not exist, is not a managed Delta table outside default storage, or does not match the schema. */
        TABLE,
        /** Anything else the SDK says cannot be retried. */
        FATAL
    }

    private final Kind kind;

    StreamFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
