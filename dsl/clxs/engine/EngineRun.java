package clxs.engine;

import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.result.RunResult;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * What every engine's run shares: progress, Ctrl-C (cancel the statements in flight, clean up,
 * print the partial summary once), the run's one decision (cancelled, or finished and published),
 * its status and its summary. An engine supplies only its own part, the {@link Body}.
 *
 * <pre>{@code
 * return EngineRun.of(plan, where, progress, executor).onCancel(discardPartialFiles).run(decision -> {
 *     PlanExecutor.Outcome o = executor.run(plan, workers, connections);
 *     if (decision.finish()) publish();          // false: Ctrl-C came first
 *     return new EngineRun.Ran(o, countRows(o));
 * });
 * }</pre>
 */
public final class EngineRun {

    /**
     * The engine's own part: run the plan and count the rows of what it created. An engine that
     * publishes its result calls {@link RunDecision#finish()} first and publishes only when it says
     * yes; for the others the run finishes when the body returns.
     */
    @FunctionalInterface
    public interface Body {
        Ran run(RunDecision decision) throws Exception;
    }

    /** What the body observed, and the rows of each created table. */
    public record Ran(PlanExecutor.Outcome outcome, Map<ObjectName, Long> rowCounts) {}

    private final Plan plan;
    private final ResultAssembler.Where where;
    private final ProgressListener progress;
    private final PlanExecutor executor;
    private final Runnable onCancel;
    private final Runnable onExit;
    private final Function<Exception, String> failure;

    private EngineRun(Plan plan, ResultAssembler.Where where, ProgressListener progress, PlanExecutor executor, Runnable onCancel,
                      Runnable onExit, Function<Exception, String> failure) {
        this.plan = plan;
        this.where = where;
        this.progress = progress;
        this.executor = executor;
        this.onCancel = onCancel;
        this.onExit = onExit;
        this.failure = failure;
    }

    public static EngineRun of(Plan plan, ResultAssembler.Where where, ProgressListener progress, PlanExecutor executor) {
        return new EngineRun(plan, where, progress, executor, () -> { }, () -> { }, e -> String.valueOf(e.getMessage()));
    }

    /** What a cancelled or failed run must not leave behind (partial files); runs after the body stops. */
    public EngineRun onCancel(Runnable cleanUp) {
        return new EngineRun(plan, where, progress, executor, cleanUp, onExit, failure);
    }

    /**
     * What Ctrl-C must release before the JVM exits, whatever the run decided (locks): the thread
     * that ran the plan does not get to, since it never returns once the JVM is exiting.
     */
    public EngineRun onInterruptedExit(Runnable release) {
        return new EngineRun(plan, where, progress, executor, onCancel, release, failure);
    }

    /** The message of an exception that stopped the run before it finished, without credentials. */
    public EngineRun failureMessage(Function<Exception, String> message) {
        return new EngineRun(plan, where, progress, executor, onCancel, onExit, message);
    }

    public RunResult run(Body body) {
        Instant started = Instant.now();
        progress.runStarted(plan, where.location() == null ? where.target() : where.description());
        RunDecision decision = new RunDecision();
        CancelOnInterrupt interrupt = CancelOnInterrupt.register(decision, executor::cancel, onCancel, onExit, plan.catalog());
        RunResult result;
        try {
            Ran ran = body.run(decision);
            PlanExecutor.Outcome o = ran.outcome();
            boolean finished = !o.cancelled() && decision.finish();
            RunResult.Status status = !finished ? RunResult.Status.CANCELLED
                    : o.errors().isEmpty() ? RunResult.Status.SUCCEEDED : RunResult.Status.FAILED;
            result = ResultAssembler.assemble(plan, status, where, started, o, t -> ran.rowCounts().getOrDefault(t, 0L));
        } catch (Exception e) {
            onCancel.run();
            decision.finish();
            result = ResultAssembler.failedToStart(plan, where, started, failure.apply(e));
        }
        interrupt.finished(result);
        interrupt.close();
        progress.runFinished(result);
        return result;
    }
}
