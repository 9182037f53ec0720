package clxs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.model.View;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompilerTest {

    private static final DemoCatalog HC = DemoCatalog.named("demo").industries(Industries.HEALTHCARE).scale(0.01).seed(1);

    @Test
    void phasesComeInDependencyOrder() {
        List<String> phases = HC.plan().phases().stream().map(Phase::name).toList();
        assertEquals(List.of("catalog", "schemas", "tables", "data", "functions", "views", "audit"), phases);
    }

    @Test
    void healthcareHasTwentyTablesViewsAndFunctionsAndTheReferenceRowCounts() {
        Plan plan = HC.plan();
        assertEquals(20, plan.steps(Step.CreateTable.class).size());
        assertEquals(20, plan.steps(Step.CreateView.class).stream().filter(v -> v.view().schema().equals("healthcare")).count());
        assertEquals(20, plan.steps(Step.CreateFunction.class).size());
        assertEquals(1_985_000, plan.rows());
        long claims = plan.steps(Step.InsertRows.class).stream().filter(i -> i.table().name().equals("claims")).mapToLong(Step::rows).sum();
        assertEquals(1_000_000, claims);
    }

    @Test
    void rowsComeInBatchesThatTileTheIdRange() {
        Plan plan = HC.batchSize(300_000).plan();
        List<Step.InsertRows> claims = plan.steps(Step.InsertRows.class).stream().filter(i -> i.table().name().equals("claims"))
                .sorted((a, b) -> Long.compare(a.firstId(), b.firstId())).toList();
        assertEquals(4, claims.size());
        long next = 1;
        for (Step.InsertRows batch : claims) {
            assertEquals(next, batch.firstId());
            assertTrue(batch.rows() <= 300_000);
            next = batch.lastId() + 1;
        }
        assertEquals(1_000_001, next);
    }

    @Test
    void largestBatchesAreScheduledFirst() {
        List<Long> rows = HC.plan().phase("data").orElseThrow().steps().stream().map(Step::rows).toList();
        for (int i = 1; i < rows.size(); i++) assertTrue(rows.get(i - 1) >= rows.get(i), "data phase not sorted by size: " + rows);
    }

    @Test
    void turningFunctionsOffRemovesThePhaseAndUnavailableLayersAreReportedAsSkipped() {
        Plan plan = HC.createFunctions(false).plan();
        assertTrue(plan.phase("functions").isEmpty());
        String skips = plan.skips().stream().map(Skip::what).collect(Collectors.joining(","));
        assertTrue(skips.contains("medallion") && skips.contains("volumes"), skips);
        assertTrue(HC.medallion(false).createVolumes(false).plan().skips().isEmpty());
    }

    @Test
    void crossIndustryViewsComeOnlyForPairsThatAreBothGenerated() {
        List<String> alone = HC.plan().steps(Step.CreateView.class).stream().map(v -> v.view().schema()).distinct().toList();
        assertTrue(!alone.contains("cross_industry") && alone.contains("data_catalog"), alone.toString());
        List<String> paired = HC.industries(Industries.HEALTHCARE, Industries.INSURANCE).plan().steps(Step.CreateView.class).stream()
                .filter(v -> v.view().schema().equals("cross_industry")).map(v -> v.view().name()).toList();
        assertEquals(List.of("v_healthcare_insurance_claims_by_state"), paired);
        assertEquals(5, DemoCatalog.named("all").scale(0.001).plan().steps(Step.CreateView.class).stream()
                .filter(v -> v.view().schema().equals("cross_industry")).count());
    }

    @Test
    void aViewReadingATableOfAnUnselectedIndustryIsRejected() {
        Industry broken = Industry.named("broken")
                .table(Table.dimension("things", 10).col("thing_id", Gen.sequence(), "id"))
                .view(View.of("v_bad", "reads another schema", "SELECT * FROM {{healthcare.claims}}"))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoCatalog.named("demo").industries(broken).plan());
        assertTrue(e.getMessage().contains("healthcare") && e.getMessage().contains("v_bad"), e.getMessage());
    }

    @Test
    void aCodePatternTooSmallForItsTableIsRejectedAtCompileTime() {
        Industry tight = Industry.named("tight")
                .table(Table.dimension("things", 1000).col("code", Gen.code("A9"), "260 codes only"))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoCatalog.named("demo").industries(tight).scale(1).plan());
        assertTrue(e.getMessage().contains("260"), e.getMessage());
    }
}
