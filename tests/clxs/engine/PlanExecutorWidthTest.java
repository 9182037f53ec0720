package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.plan.Phase;
import clxs.plan.PhaseKind;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.sql.Dialect;
import clxs.sql.StepRenderer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

/**
 * How many of a phase's statements run at once: what the engine's phase setup returns, never more
 * than the run's workers. Run on an in-memory DuckDB; each step holds its slot a little longer
 * (the listener sleeps) so that steps allowed to overlap do.
 */
class PlanExecutorWidthTest {

    private static final Plan PLAN = DemoCatalog.named("w").industries(Industries.RETAIL).scale(0.001).seed(5).batchSize(2_000)
            .medallion(false).createVolumes(false).createFunctions(false).ucBestPractices(false).plan();

    /** Steps in flight at once, at most, per phase. */
    private static final class InFlight implements ProgressListener {
        final Map<PhaseKind, Integer> max = new ConcurrentHashMap<>();
        final Set<Step> now = ConcurrentHashMap.newKeySet();
        volatile PhaseKind phase;

        @Override public void phaseStarted(Phase p) { phase = p.kind(); }
        @Override public void stepStarted(Step step) {
            now.add(step);
            max.merge(phase, now.size(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // a step with nothing to execute finishes without starting
        @Override public void stepFinished(Step step) { now.remove(step); }
        @Override public void stepFailed(Step step, String error) { now.remove(step); }
    }

    private static long run(InFlight listener, PlanExecutor.PhaseSetup setup) throws Exception {
        try (Connection main = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = main.createStatement()) {
                s.execute("ATTACH ':memory:' AS w");
            }
            PlanExecutor executor = new PlanExecutor(new StepRenderer(Dialect.DUCKDB), listener, e -> false);
            PlanExecutor.Outcome o = executor.run(PLAN, 4, () -> ((DuckDBConnection) main).duplicate(), setup);
            assertTrue(o.errors().isEmpty(), o.errors().toString());
            try (Statement s = main.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM w.retail.order_items")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aPhaseRunsNoMoreStatementsAtOnceThanItsSetupAllows() throws Exception {
        long dataSteps = PLAN.phase(PhaseKind.DATA).orElseThrow().steps().size();
        assertTrue(dataSteps > 8, "enough inserts to overlap: " + dataSteps);
        InFlight oneAtATime = new InFlight();
        long rows = run(oneAtATime, (phase, workers) -> phase.kind() == PhaseKind.DATA ? 1 : workers);
        assertEquals(1, oneAtATime.max.get(PhaseKind.DATA), "the data phase, one insert at a time");
        assertTrue(oneAtATime.max.get(PhaseKind.TABLES) > 1, "the other phases still in parallel: " + oneAtATime.max);

        InFlight two = new InFlight();
        assertEquals(rows, run(two, (phase, workers) -> phase.kind() == PhaseKind.DATA ? 2 : workers), "the same rows, whatever the width");
        assertEquals(2, two.max.get(PhaseKind.DATA), "two inserts at once, not the four workers");
        assertTrue(rows > 0, "rows were written");
    }

    @Test
    void aWidthOutsideOneToTheWorkersIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(new InFlight(), (phase, workers) -> workers + 1));
        assertTrue(e.getMessage().contains("5 statements at once, outside 1..4"), e.getMessage());
    }
}
