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
        // duplicated rows before bronze (which lands them; NULLs and outliers come with the data), constraints after every write,
        // measured before row filters, masks after the clone, audit last
        assertEquals(List.of("catalog", "schemas", "tables", "data", "functions", "views", "duplicates", "bronze", "silver", "gold",
                "history 1", "history 2", "primary keys", "foreign keys", "checks", "measure", "governance", "optimize", "volumes", "samples", "access",
                "files", "audit"), phases);
        List<String> everything = HC.starSchema().destCatalog("demo_copy").plan().phases().stream().map(Phase::name).toList();
        assertTrue(everything.indexOf("star facts") == everything.indexOf("star dimensions") + 1 && everything.indexOf("gold") < everything.indexOf("star dimensions"),
                everything.toString());
        assertTrue(everything.indexOf("clone tables") > everything.indexOf("samples") && everything.indexOf("clone gold") > everything.indexOf("clone silver")
                && everything.indexOf("clone gold") < everything.indexOf("access"), everything.toString());
        List<String> bare = HC.medallion(false).ucBestPractices(false).createVolumes(false).dqProfile(clxs.settings.DqProfile.CLEAN).plan().phases().stream()
                .map(Phase::name).toList();
        assertEquals(List.of("catalog", "schemas", "tables", "data", "functions", "views", "history 1", "history 2", "optimize", "files", "audit"), bare);
    }

    @Test
    void healthcareHasTwentyTablesViewsAndFunctionsAndTheReferenceRowCounts() {
        Plan plan = HC.plan();
        assertEquals(20, plan.steps(Step.CreateTable.class).size());
        assertEquals(20, plan.steps(Step.CreateView.class).stream().filter(v -> v.view().schema().equals("healthcare")).count());
        assertEquals(20, plan.steps(Step.CreateFunction.class).stream().filter(f -> !f.function().name().startsWith("mask_pii_")
                && !f.function().name().startsWith("filter_by_")).count());
        assertEquals(1_985_000, plan.rows());
        long claims = plan.steps(Step.InsertRows.class).stream().filter(i -> i.table().name().equals("claims")).mapToLong(Step::rows).sum();
        assertEquals(1_000_000, claims);
    }

    /** One audit statement per industry (a warehouse pays per statement), covering every declared key once, in order. */
    @Test
    void theAuditIsOneStepPerIndustryOverEveryForeignKey() {
        Plan plan = DemoCatalog.named("demo").scale(0.001).seed(1).plan();
        List<Step.CheckForeignKeys> audits = plan.steps(Step.CheckForeignKeys.class);
        assertEquals(Industries.all().size(), audits.size());
        for (Industry industry : Industries.all()) {
            List<Step.CheckForeignKeys> own = audits.stream().filter(a -> a.industry().equals(industry.name())).toList();
            assertEquals(1, own.size(), industry.name());
            assertEquals(industry.foreignKeys(), own.get(0).keys().stream().map(Step.CheckForeignKeys.KeyCheck::fk).toList(), industry.name());
            for (Step.CheckForeignKeys.KeyCheck k : own.get(0).keys()) {
                assertEquals(ObjectName.of("demo", industry.name(), k.fk().table()), k.child());
                assertEquals(ObjectName.of("demo", industry.name(), k.fk().parentTable()), k.parent());
            }
            assertEquals("audit " + industry.name() + " (" + industry.foreignKeys().size() + " foreign keys)", own.get(0).label());
        }
        assertEquals(185, audits.stream().mapToInt(a -> a.keys().size()).sum());
    }

    /** Codes that must be unique have room for every row even at the largest scale; descriptive codes are drawn, not spelled from the key. */
    @Test
    void everyIndustryCompilesAtTheSmallestAndLargestScale() {
        for (double scale : new double[] {0.000001, DemoCatalog.MAX_SCALE}) {
            Plan plan = DemoCatalog.named("edge").scale(scale).seed(1).starSchema().plan();
            assertEquals(200, plan.steps(Step.CreateTable.class).size(), "scale " + scale);
            assertTrue(plan.rows() >= 2000, "every table has at least its minimum rows at scale " + scale);
        }
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
        List<Long> rows = HC.plan().phase(PhaseKind.DATA).orElseThrow().steps().stream().map(Step::rows).toList();
        for (int i = 1; i < rows.size(); i++) assertTrue(rows.get(i - 1) >= rows.get(i), "data phase not sorted by size: " + rows);
    }

    @Test
    void turningFunctionsOffLeavesOnlyTheAccessPolicyFunctions() {
        Plan plan = HC.createFunctions(false).plan();
        assertEquals(List.of("filter_by_state", "mask_pii_email", "mask_pii_name", "mask_pii_phone"),
                plan.steps(Step.CreateFunction.class).stream().map(f -> f.function().name()).sorted().toList());
        assertTrue(HC.createFunctions(false).ucBestPractices(false).plan().phase(PhaseKind.FUNCTIONS).isEmpty());
    }

    @Test
    void schemaOnlyKeepsEveryObjectAndReportsWhatWritesRowsAsSkipped() {
        Plan plan = HC.starSchema().schemaOnly().plan();
        assertTrue(plan.steps(Step.InsertRows.class).isEmpty());
        assertTrue(plan.steps(Step.UpdateRows.class).isEmpty() && plan.steps(Step.InsertSelect.class).isEmpty());
        assertTrue(plan.steps(Step.WriteSample.class).isEmpty() && plan.steps(Step.CheckForeignKeys.class).isEmpty());
        assertEquals(20, plan.steps(Step.CreateTable.class).size());
        assertTrue(plan.steps(Step.CreateTableAs.class).stream().allMatch(Step.CreateTableAs::empty), "bronze and star tables keep only their shape");
        assertEquals(5 + 1 + 4 + 3, plan.steps(Step.CreateTableAs.class).size(), "5 bronze tables, dim_date, 4 dimensions and 3 facts");
        String skips = plan.skips().stream().map(Skip::toString).collect(Collectors.joining("\n"));
        for (String what : List.of("rows", "data-quality issues", "version history", "volume samples", "referential-integrity audit")) {
            assertTrue(skips.contains(what + ": skipped: schema-only run"), what + " in\n" + skips);
        }
        assertTrue(skips.contains("1,985,000 rows"), skips);
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
