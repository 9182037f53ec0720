package clxs.stream;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A run going on in the background ({@link Emitter#start}). {@link #cancel()} stops it: a wait for
 * the next tick ends at once, a tick in progress stops after the chunk being written, which is
 * flushed (or reported lost); then the sink is closed and {@link #await()} returns the summary.
 * Wire Ctrl-C to {@code cancel()} and {@code await()} in a shutdown hook.
 */
public final class StreamRun {

    private final StreamClock.Cancel cancel;
    private final CompletableFuture<StreamSummary> result;

    StreamRun(StreamClock.Cancel cancel, CompletableFuture<StreamSummary> result) {
        this.cancel = cancel;
        this.result = result;
    }

    public void cancel() {
        cancel.cancel();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** The summary, once the run ends; rethrows what ended it abnormally (a sink that cannot open, a bad state). */
    public StreamSummary await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    /** As {@link #await()}, but gives up after {@code timeout} with a {@link TimeoutException}. */
    public StreamSummary await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) return re;
        if (c instanceof Error err) throw err;
        return new IllegalStateException(c);
    }
}
