package clxs.engine;

import clxs.result.RunResult;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ctrl-C during a run: a shutdown hook that asks the run's {@link RunDecision} to cancel, cancels
 * the statements in flight if it won, waits for the run to wind down and prints its summary, once,
 * on standard error. From the moment the hook runs it is the only one to report: the thread that
 * ran the plan never returns to its caller (the JVM is exiting), so a command cannot print the
 * summary a second time. The exit status is the answer the summary gives: 130 when the run was
 * cancelled, 0 or 1 when Ctrl-C came after it had decided to finish.
 *
 * <pre>{@code
 * CancelOnInterrupt interrupt = CancelOnInterrupt.register(decision, executor::cancel, discardPartialFiles);
 * RunResult result = ...run...;
 * interrupt.finished(result);   // the hook prints this one if Ctrl-C came
 * interrupt.close();            // never returns once the hook runs
 * }</pre>
 */
final class CancelOnInterrupt implements AutoCloseable {

    /** How long the hook waits for the cancelled run to report before the JVM exits anyway. */
    private static final long WAIT_SECONDS = 20;
    /** The JVM's exit status after SIGINT (128 + 2). */
    static final int INTERRUPTED = 130;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;
    private volatile RunResult result;
    private volatile boolean hookStarted;

    private CancelOnInterrupt(RunDecision decision, Runnable cancel, Runnable cleanUp, Runnable release, String catalog) {
        hook = new Thread(() -> {
            hookStarted = true;
            if (decision.cancel()) cancel.run();
            PrintStream err = System.err;
            try {
                boolean reported = done.await(WAIT_SECONDS, TimeUnit.SECONDS) && result != null;
                if (reported) {
                    err.println();
                    err.print(result);
                } else if (decision.cancelled()) {
                    err.println("\nRun of catalog " + catalog + " was cancelled; it did not stop within " + WAIT_SECONDS + " s. Nothing of it was kept.");
                } else {
                    err.println("\nRun of catalog " + catalog + " was interrupted while it was being published; "
                            + "the next run of it (or --cleanup) completes the publication.");
                }
                err.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (decision.cancelled()) cleanUp.run();
                release.run();
            }
            // the answer printed is the answer the exit status gives
            if (!decision.cancelled() && result != null) Runtime.getRuntime().halt(result.succeeded() ? 0 : 1);
        }, "clxs-cancel");
    }

    /**
     * @param cancel  stops starting steps and cancels the statements in flight; runs only when the cancel won
     * @param cleanUp removes what a cancelled run must not leave behind; runs after the wait, when the cancel won
     * @param release  frees what the run holds (its locks) before the JVM exits; runs last, in any case
     */
    static CancelOnInterrupt register(RunDecision decision, Runnable cancel, Runnable cleanUp, Runnable release, String catalog) {
        CancelOnInterrupt c = new CancelOnInterrupt(decision, cancel, cleanUp, release, catalog);
        Runtime.getRuntime().addShutdownHook(c.hook);
        return c;
    }

    /** The run's result, cancelled or not: what the hook prints if Ctrl-C came. */
    void finished(RunResult r) {
        result = r;
        done.countDown();
    }

    /** Removes the hook; when the JVM is already exiting (the hook runs), parks for good: the hook reports, not the caller. */
    @Override
    public void close() {
        done.countDown();
        boolean exiting = hookStarted;
        if (!exiting) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                exiting = true;
            }
        }
        if (exiting) {
            while (true) LockSupport.park(this);
        }
    }
}
