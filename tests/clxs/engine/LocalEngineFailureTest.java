package clxs.engine;

import clxs.result.RunResult;

import static clxs.model.Gen.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.settings.DqProfile;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.model.View;
import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the local target fails: per-step errors are reported and independent steps still run; a
 * failed run is not published, and nothing half-written is left. (Ctrl-C: {@code clxs.cli.CtrlCTest};
 * a failure or kill in each phase: {@link FaultInjectionTest}.)
 */
class LocalEngineFailureTest {

    @TempDir
    Path dir;

    private static Industry withBrokenView() {
        return Industry.named("shop")
                .table(Table.dimension("items", 50).col("item_id", sequence(), "id").col("price", Gen.decimals(1, 10), "price"))
                .view(View.of("v_ok", "works", "SELECT count(*) AS n FROM {{items}}"))
                .view(View.of("v_broken", "reads a column that does not exist", "SELECT no_such_column FROM {{items}}"))
                .build();
    }

    @Test
    void aFailedStepIsReportedIndependentStepsRunAndTheRunIsNotPublished() throws IOException {
        RunResult r = DemoCatalog.named("partial").industries(withBrokenView()).scale(1).seed(1).medallion(false).createVolumes(false)
                .dqProfile(DqProfile.CLEAN).generate(LocalEngine.in(dir).quiet());
        assertEquals(RunResult.Status.FAILED, r.status());
        assertEquals(1, r.errors().size());
        assertEquals("create view shop.v_broken", r.errors().get(0).step());
        assertTrue(r.errors().get(0).error().contains("no_such_column"), r.errors().get(0).error());
        assertEquals(List.of("shop.v_ok"), r.views().stream().filter(v -> v.startsWith("shop.")).toList(), "the other steps ran");
        assertEquals(50, r.rows("shop", "items"));
        assertTrue(r.skipped().stream().anyMatch(s -> s.step().equals("publish catalog partial")), r.skipped().toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "a failed first run leaves no catalog and no partial file");
        }
    }

    @Test
    void insertsIntoATableThatFailedAreSkippedWithTheReason() {
        DemoCatalog demo = DemoCatalog.named("blocked").industries(withBrokenView()).scale(1).seed(1).medallion(false).createVolumes(false);
        Plan plan = demo.plan();
        // sabotage the CREATE TABLE: a duplicate column name, which every engine refuses
        Step.ColumnDef id = new Step.ColumnDef("item_id", clxs.model.SqlType.BIGINT, null);
        List<Phase> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            List<Step> steps = p.steps().stream().map(s -> s instanceof Step.CreateTable t
                    ? new Step.CreateTable(t.table(), List.of(id, id), t.comment(), t.industry())
                    : s).toList();
            phases.add(new Phase(p.kind(), p.round(), steps));
        }
        Plan broken = new Plan(plan.settings(), plan.industries(), plan.seed(), phases, plan.skips());
        RunResult r = LocalEngine.in(dir).quiet().execute(broken);
        assertEquals(RunResult.Status.FAILED, r.status(), r.toString());
        assertTrue(r.skipped().stream().anyMatch(s -> s.step().startsWith("insert shop.items") && s.reason().contains("depends on")), r.toString());
    }

    @Test
    void aRunThatCannotStartSaysWhyAndLeavesNoFilesBehind() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DemoCatalog.named("nowhere").industries(withBrokenView()).scale(1).medallion(false).createVolumes(false)
                        .generate(LocalEngine.in(notADirectory).quiet()));
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("file")), files.toList());
        }
    }

    @Test
    void aSuccessfulRunLeavesOnlyTheCatalogFileAndItsCloneTemplate() throws IOException {
        Industry ok = Industry.named("shop").table(Table.dimension("items", 20).col("item_id", sequence(), "id")).build();
        RunResult r = DemoCatalog.named("clean").industries(ok).scale(1).medallion(false).createVolumes(false).generate(LocalEngine.in(dir).quiet());
        assertTrue(r.succeeded(), r.toString());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of("clean.duckdb", "config/demo_clone_clean.json"),
                    files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
    }

    @Test
    void reRunningReplacesTablesInsteadOfDuplicatingRows() {
        Industry ok = Industry.named("shop").table(Table.dimension("items", 20).col("item_id", sequence(), "id")).build();
        DemoCatalog demo = DemoCatalog.named("again").industries(ok).scale(1).medallion(false).createVolumes(false);
        RunResult first = demo.generate(LocalEngine.in(dir).quiet());
        assertTrue(first.succeeded(), first.toString());
        RunResult second = demo.generate(LocalEngine.in(dir).quiet());
        assertTrue(second.succeeded(), second.toString());
        assertEquals(22, first.rows("shop", "items"), "20 rows and 2 duplicates from the data-quality profile");
        assertEquals(first.rows("shop", "items"), second.rows("shop", "items"));
    }
}
