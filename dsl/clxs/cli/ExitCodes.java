package clxs.cli;

/** Exit codes of every clxs command. */
public final class ExitCodes {

    /** The run did what was asked. */
    public static final int OK = 0;
    /** The run started but failed (or was cancelled); the summary says what happened. */
    public static final int RUN_FAILED = 1;
    /** Bad input: nothing was executed and nothing was created. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
