package clxs.engine;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The one decision of a run that Ctrl-C can race with: the run is either cancelled (nothing of it
 * is published) or finished (it is published, or on a workspace it simply completed). Whichever
 * comes first wins, and the user gets that one answer: a late Ctrl-C does not print "cancelled"
 * over a catalog that was replaced, and a run does not publish after "cancelled" was decided.
 */
public final class RunDecision {

    enum State { RUNNING, CANCELLED, FINISHED }

    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

    /** Ctrl-C: true when the cancel won; false when the run had already decided to finish. */
    boolean cancel() {
        return state.compareAndSet(State.RUNNING, State.CANCELLED) || state.get() == State.CANCELLED;
    }

    /**
     * The run has succeeded and wants to publish: true means go ahead (a later Ctrl-C no longer
     * cancels), false means Ctrl-C came first and the run must discard what it wrote.
     */
    public boolean finish() {
        return state.compareAndSet(State.RUNNING, State.FINISHED) || state.get() == State.FINISHED;
    }

    public boolean cancelled() {
        return state.get() == State.CANCELLED;
    }

    boolean finished() {
        return state.get() == State.FINISHED;
    }
}
