package clxs.engine;

import clxs.plan.PhaseKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.PhaseKind;
import clxs.plan.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which steps of a phase may run at once: changes to one table run in turn, everything else in parallel. */
class PlanExecutorGroupsTest {

    private static final Plan PLAN = DemoCatalog.named("g").industries(Industries.RETAIL, Industries.LOGISTICS).scale(0.01).seed(1)
            .batchSize(100_000).plan();

    @Test
    void twoChecksOnOneTableRunInTurn() {
        Phase checks = PLAN.phase(PhaseKind.CHECKS).orElseThrow();
        List<List<Step>> groups = PlanExecutor.groups(checks);
        List<Step> orderItems = groups.stream().filter(g -> ((Step.AddCheck) g.get(0)).table().name().equals("order_items")).findFirst().orElseThrow();
        assertEquals(2, orderItems.size(), "quantity and total checks on order_items, one after the other");
        assertEquals(checks.steps().size(), groups.stream().mapToInt(List::size).sum());
        assertTrue(groups.stream().allMatch(g -> g.stream().map(Step::object).distinct().count() == 1));
    }

    @Test
    void governanceStepsOfATableRunInTurnAndTablesInParallel() {
        List<List<Step>> groups = PlanExecutor.groups(PLAN.phase(PhaseKind.GOVERNANCE).orElseThrow());
        long tables = groups.stream().filter(g -> g.get(0).object() != null).count();
        assertTrue(tables >= 40, "one group per table: " + tables);
        assertTrue(groups.stream().anyMatch(g -> g.size() > 2), "a table's tags, column tags and properties go together");
    }

    @Test
    void insertBatchesOfOneTableStillRunInParallel() {
        Phase data = PLAN.phase(PhaseKind.DATA).orElseThrow();
        assertEquals(data.steps().size(), PlanExecutor.groups(data).size(), "appends do not conflict");
        assertTrue(data.steps().stream().filter(s -> ((Step.InsertRows) s).table().name().equals("order_items")).count() > 5);
    }
}
