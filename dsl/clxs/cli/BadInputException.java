package clxs.cli;

/** Input a command cannot act on; reported with exit code 2 before anything runs. */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
