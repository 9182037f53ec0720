package clxs.databricks;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A bounded wait for a workspace: the work runs on its own thread while the caller waits at most
 * {@code limit}, saying every few seconds what it is waiting for; past the limit the caller gets a
 * {@link WorkspaceTimeoutException} instead of a client that retries for half an hour. (The
 * clients' own per-request timeouts end the abandoned thread's wait later.)
 *
 * <pre>{@code
 * Connection c = Deadline.of(Duration.ofMinutes(2), notices).run("opening a session on warehouse abc at https://...", this::open);
 * }</pre>
 */
final class Deadline {

    /** How long a wait goes before the first notice, and between notices. */
    static final Duration NOTICE_EVERY = Duration.ofSeconds(10);

    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T call() throws E;
    }

    private final Duration limit;
    private final Consumer<String> notices;

    private Deadline(Duration limit, Consumer<String> notices) {
        this.limit = limit;
        this.notices = notices;
    }

    static Deadline of(Duration limit, Consumer<String> notices) {
        return new Deadline(limit, notices);
    }

    /** What the user is told when the workspace did not answer within {@code waited} while {@code what}. */
    static WorkspaceTimeoutException noAnswer(Duration waited, String what) {
        return new WorkspaceTimeoutException("no answer within " + waited.toSeconds() + " s while " + what
                + ": the workspace accepts connections but does not respond. Check the host (and any proxy or VPN on the way), "
                + "or allow longer waits with --timeout SECONDS");
    }

    /**
     * Runs {@code work}, waiting at most the limit.
     *
     * @param what what is being waited for, for notices and the timeout's message
     * @throws WorkspaceTimeoutException when the limit passes first
     * @throws E                         what the work throws
     */
    @SuppressWarnings("unchecked")
    <T, E extends Exception> T run(String what, Work<T, E> work) throws E {
        FutureTask<T> task = new FutureTask<>((Callable<T>) work::call);
        Thread t = new Thread(task, "clxs-workspace-wait");
        t.setDaemon(true);
        t.start();
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                task.cancel(true);
                throw noAnswer(limit, what);
            }
            try {
                return task.get(Math.min(left, NOTICE_EVERY.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillWaiting) {
                long waited = (System.nanoTime() - start) / 1_000_000_000L;
                if (end - System.nanoTime() > 0) notices.accept("still waiting (" + waited + " s of at most " + limit.toSeconds() + " s) while " + what);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw (E) cause;
            } catch (InterruptedException e) {
                task.cancel(true);
                Thread.currentThread().interrupt();
                throw new WorkspaceTimeoutException("interrupted while " + what);
            }
        }
    }
}
