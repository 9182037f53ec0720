package clxs.engine;

import clxs.result.RunResult;

import clxs.plan.ObjectName;
import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Skip;
import clxs.plan.Step;
import clxs.sql.EngineErrors;
import clxs.sql.FileAction;
import clxs.sql.Rendering;
import clxs.sql.StepRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;

/**
 * Runs a plan over JDBC: phases one after another, the steps of a phase on up to
 * {@code max_workers} connections in parallel. A failed step is recorded and the run goes on;
 * steps that depend on it (inserts into a table that was not created) are skipped with that reason.
 * Shared by every JDBC target.
 */
public final class PlanExecutor {

    /** Opens one connection per worker. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Everything the executor observed; {@code warnings} are failures of optional steps. */
    public record Outcome(List<Step> succeeded, List<RunResult.Skipped> skipped, List<RunResult.StepError> errors, boolean cancelled,
                          Map<Step, List<Object>> rows, List<RunResult.StepError> warnings) {}

    /** Raised by a step whose failure must stop the whole run (for example a quota error). */
    public static final class FatalStepException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FatalStepException(String message) {
            super(message);
        }
    }

    private final StepRenderer renderer;
    private final ProgressListener progress;
    private final Predicate<SQLException> fatal;
    private final java.util.function.UnaryOperator<String> sanitize;
    private final java.util.function.Function<Step, String> alreadyDone;
    private final Set<Statement> running = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /** @param fatal errors that stop the run at once instead of being recorded and passed over */
    public PlanExecutor(StepRenderer renderer, ProgressListener progress, Predicate<SQLException> fatal) {
        this(renderer, progress, fatal, m -> m, s -> null);
    }

    /**
     * @param sanitize    applied to every engine message before it is kept or shown (removes credentials)
     * @param alreadyDone why a step need not run (the catalog exists, say), or null to run it
     */
    public PlanExecutor(StepRenderer renderer, ProgressListener progress, Predicate<SQLException> fatal,
                        java.util.function.UnaryOperator<String> sanitize, java.util.function.Function<Step, String> alreadyDone) {
        this.renderer = renderer;
        this.progress = progress;
        this.fatal = fatal;
        this.sanitize = sanitize;
        this.alreadyDone = alreadyDone;
    }

    /**
     * What an engine sets before each phase's steps start (none runs while it does), and how many
     * of the phase's statements run at once: from 1 to the run's {@code workers}.
     */
    @FunctionalInterface
    public interface PhaseSetup {
        int before(Phase phase, int workers) throws SQLException;
    }

    public Outcome run(Plan plan, int workers, ConnectionSource source) throws SQLException {
        return run(plan, workers, source, (phase, all) -> all);
    }

    public Outcome run(Plan plan, int workers, ConnectionSource source, PhaseSetup setup) throws SQLException {
        List<Step> succeeded = Collections.synchronizedList(new ArrayList<>());
        List<RunResult.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
        List<RunResult.StepError> errors = Collections.synchronizedList(new ArrayList<>());
        List<RunResult.StepError> warnings = Collections.synchronizedList(new ArrayList<>());
        Map<Step, List<Object>> rows = new ConcurrentHashMap<>();
        Failures failed = new Failures();
        for (Skip s : plan.skips()) skipped.add(new RunResult.Skipped(s.what(), s.reason()));

        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(workers);
        ExecutorService threads = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "clxs-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < workers; i++) pool.add(source.open());
            for (Phase phase : plan.phases()) {
                if (cancelled) break;
                progress.phaseStarted(phase);
                try {
                    Failpoints.phase(phase.name(), () -> cancelled);
                } catch (RuntimeException injected) {
                    progress.phaseFinished(phase);
                    throw injected;
                }
                int width = setup.before(phase, workers);
                if (width < 1 || width > workers) throw new IllegalStateException("phase " + phase.name() + ": " + width + " statements at once, outside 1.." + workers);
                // the phase's statements hold one of width permits while they run: fewer than the pool's workers when the engine asked
                Semaphore slots = new Semaphore(width);
                List<Future<?>> futures = new ArrayList<>();
                for (List<Step> group : groups(phase)) {
                    futures.add(threads.submit(() -> {
                        slots.acquireUninterruptibly();
                        try {
                            for (Step step : group) runStep(step, pool, succeeded, skipped, errors, warnings, failed, rows);
                        } finally {
                            slots.release();
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof FatalStepException fse) {
                            cancel();
                            throw fse;
                        }
                        throw new IllegalStateException(e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        cancel();
                    }
                }
                progress.phaseFinished(phase);
            }
        } finally {
            threads.shutdownNow();
            for (Connection c : pool) closeQuietly(c);
        }
        return new Outcome(List.copyOf(succeeded), List.copyOf(skipped), List.copyOf(errors), cancelled, Map.copyOf(rows), List.copyOf(warnings));
    }

    /**
     * The steps of a phase as groups that may run in parallel: steps that change a table's
     * definition ({@link Step#exclusive()}) run one after another per table, since two concurrent
     * changes to one Delta table conflict; every other step is a group of its own.
     */
    static List<List<Step>> groups(Phase phase) {
        List<List<Step>> groups = new ArrayList<>();
        Map<ObjectName, List<Step>> byObject = new java.util.LinkedHashMap<>();
        for (Step step : phase.steps()) {
            if (step.exclusive() && step.object() != null) {
                List<Step> g = byObject.get(step.object());
                if (g == null) {
                    g = new ArrayList<>();
                    byObject.put(step.object(), g);
                    groups.add(g);
                }
                g.add(step);
            } else {
                groups.add(List.of(step));
            }
        }
        return groups;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Stops starting steps and cancels the statements in flight. */
    public void cancel() {
        cancelled = true;
        for (Statement s : running) {
            try {
                s.cancel();
            } catch (SQLException | RuntimeException ignored) {
                // best effort: the statement may already have finished
            }
        }
    }

    private void runStep(Step step, BlockingQueue<Connection> pool, List<Step> succeeded, List<RunResult.Skipped> skipped,
                         List<RunResult.StepError> errors, List<RunResult.StepError> warnings, Failures failed, Map<Step, List<Object>> rows) {
        if (cancelled) return;
        String blocker = failed.blocking(step);
        if (blocker != null) {
            skipped.add(new RunResult.Skipped(step.label(), "depends on " + blocker + ", which failed"));
            return;
        }
        Rendering r = renderer.render(step);
        if (r.isSkipped()) {
            skipped.add(new RunResult.Skipped(step.label(), r.skipReason()));
            return;
        }
        String done = alreadyDone.apply(step);
        if (done != null) {
            succeeded.add(step);
            skipped.add(new RunResult.Skipped(step.label(), done));
            progress.stepFinished(step);
            return;
        }
        for (String note : r.notes()) skipped.add(new RunResult.Skipped(step.label(), note));
        try {
            for (FileAction action : r.files()) FileActions.perform(action);
        } catch (java.io.IOException | RuntimeException e) {
            String message = step.label() + ": " + action(e);
            if (step.optional()) warnings.add(new RunResult.StepError(step.label(), action(e)));
            else {
                errors.add(new RunResult.StepError(step.label(), action(e)));
                failed.add(step);
            }
            progress.stepFailed(step, message);
            return;
        }
        if (r.statements().isEmpty()) {
            succeeded.add(step);
            progress.stepFinished(step);
            return;
        }
        Connection c;
        try {
            c = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            progress.stepStarted(step);
            for (String sql : r.statements()) {
                if (cancelled) return;
                try (Statement s = c.createStatement()) {
                    running.add(s);
                    try {
                        if (s.execute(sql) && step.returnsRow()) rows.put(step, firstRow(s));
                    } finally {
                        running.remove(s);
                    }
                }
            }
            succeeded.add(step);
            progress.stepFinished(step);
        } catch (SQLException e) {
            if (cancelled) return;
            String message = EngineErrors.firstLine(sanitize.apply(e.getMessage()));
            if (fatal.test(e)) throw new FatalStepException(step.label() + ": " + message);
            if (step.optional()) {
                warnings.add(new RunResult.StepError(step.label(), message));
            } else {
                errors.add(new RunResult.StepError(step.label(), message));
                failed.add(step);
            }
            progress.stepFailed(step, message);
        } finally {
            pool.add(c);
        }
    }

    private static String action(Exception e) {
        return e instanceof java.io.IOException ? "file error: " + e.getMessage() : String.valueOf(e.getMessage());
    }

    /** Failed objects later steps may depend on: the catalog, schemas and tables. */
    private static final class Failures {
        private volatile String catalog;
        private final Set<ObjectName> objects = ConcurrentHashMap.newKeySet();

        void add(Step step) {
            if (step instanceof Step.CreateCatalog c) catalog = c.catalog();
            else if (step instanceof Step.CreateSchema s) objects.add(s.schema());
            else if (step.createdTable() != null) objects.add(step.createdTable());
        }

        /** What {@code step} depends on that failed, or null. */
        String blocking(Step step) {
            if (catalog != null) return "catalog " + catalog;
            ObjectName target = step.object();
            if (target == null || objects.isEmpty()) return null;
            if (objects.contains(target)) return target.shortName();
            ObjectName schema = ObjectName.schema(target.catalog(), target.schema());
            return objects.contains(schema) ? "schema " + schema.shortName() : null;
        }
    }

    private static List<Object> firstRow(Statement s) throws SQLException {
        try (java.sql.ResultSet rs = s.getResultSet()) {
            List<Object> row = new ArrayList<>();
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.add(rs.getObject(i));
            }
            return row;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a worker connection after the run; nothing left to save
        }
    }
}
