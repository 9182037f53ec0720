package clxs.engine;

import clxs.result.RunResult;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a run: a shutdown hook that cancels the run, waits a little for it to wind down,
 * prints the partial summary to stderr and then cleans up. The JVM is already exiting when the hook
 * runs, so the summary the command would print afterwards never appears; this one stands in for it.
 *
 * <pre>{@code
 * CancelOnInterrupt interrupt = CancelOnInterrupt.register(executor::cancel, discardPartialFiles);
 * RunResult result = ...run, turning what it throws into a failed result...;
 * interrupt.finished(result);
 * interrupt.close();
 * }</pre>
 */
final class CancelOnInterrupt implements AutoCloseable {

    /** How long the hook waits for the cancelled run to report before the JVM exits anyway. */
    private static final long WAIT_SECONDS = 20;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;
    private volatile RunResult result;

    private CancelOnInterrupt(Runnable cancel, Runnable cleanUp) {
        hook = new Thread(() -> {
            cancel.run();
            try {
                if (done.await(WAIT_SECONDS, TimeUnit.SECONDS) && result != null) System.err.println("\n" + result);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                cleanUp.run();
            }
        }, "clxs-cancel");
    }

    /**
     * @param cancel stops starting steps and cancels the statements in flight
     * @param cleanUp removes what a cancelled run must not leave behind; runs after the wait
     */
    static CancelOnInterrupt register(Runnable cancel, Runnable cleanUp) {
        CancelOnInterrupt c = new CancelOnInterrupt(cancel, cleanUp);
        Runtime.getRuntime().addShutdownHook(c.hook);
        return c;
    }

    /** The run's result, cancelled or not: what the hook prints if Ctrl-C came. */
    void finished(RunResult r) {
        result = r;
        done.countDown();
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is running and prints the partial summary
        }
    }
}
