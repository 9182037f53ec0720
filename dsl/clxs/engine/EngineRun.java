package clxs.engine;

import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.result.RunResult;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * What every engine's run shares: progress, Ctrl-C (cancel the statements in flight, clean up,
 * print the partial summary once), the run's status and its summary. An engine supplies only its
 * own part, the {@link Body}.
 *
 * <pre>{@code
 * return EngineRun.of(plan, where, progress, executor).onCancel(discardPartialFiles).run(() -> {
 *     PlanExecutor.Outcome o = executor.run(plan, workers, connections);
 *     return new EngineRun.Ran(o, countRows(o));
 * });
 * }</pre>
 */
public final class EngineRun {

    /** The engine's own part: run the plan and count the rows of what it created. */
    @FunctionalInterface
    public interface Body {
        Ran run() throws Exception;
    }

    /** What the body observed, and the rows of each created table. */
    public record Ran(PlanExecutor.Outcome outcome, Map<ObjectName, Long> rowCounts) {}

    private final Plan plan;
    private final ResultAssembler.Where where;
    private final ProgressListener progress;
    private final PlanExecutor executor;
    private final Runnable onCancel;
    private final Function<Exception, String> failure;

    private EngineRun(Plan plan, ResultAssembler.Where where, ProgressListener progress, PlanExecutor executor, Runnable onCancel,
                      Function<Exception, String> failure) {
        this.plan = plan;
        this.where = where;
        this.progress = progress;
        this.executor = executor;
        this.onCancel = onCancel;
        this.failure = failure;
    }

    public static EngineRun of(Plan plan, ResultAssembler.Where where, ProgressListener progress, PlanExecutor executor) {
        return new EngineRun(plan, where, progress, executor, () -> { }, e -> String.valueOf(e.getMessage()));
    }

    /** What a cancelled or failed run must not leave behind (partial files); runs after the body stops. */
    public EngineRun onCancel(Runnable cleanUp) {
        return new EngineRun(plan, where, progress, executor, cleanUp, failure);
    }

    /** The message of an exception that stopped the run before it finished, without credentials. */
    public EngineRun failureMessage(Function<Exception, String> message) {
        return new EngineRun(plan, where, progress, executor, onCancel, message);
    }

    public RunResult run(Body body) {
        Instant started = Instant.now();
        progress.runStarted(plan, where.location() == null ? where.target() : where.description());
        CancelOnInterrupt interrupt = CancelOnInterrupt.register(executor::cancel, onCancel);
        RunResult result;
        try {
            Ran ran = body.run();
            PlanExecutor.Outcome o = ran.outcome();
            RunResult.Status status = o.cancelled() ? RunResult.Status.CANCELLED
                    : o.errors().isEmpty() ? RunResult.Status.SUCCEEDED : RunResult.Status.FAILED;
            result = ResultAssembler.assemble(plan, status, where, started, o, t -> ran.rowCounts().getOrDefault(t, 0L));
        } catch (Exception e) {
            onCancel.run();
            result = ResultAssembler.failedToStart(plan, where, started, failure.apply(e));
        }
        interrupt.finished(result);
        interrupt.close();
        progress.runFinished(result);
        return result;
    }
}
