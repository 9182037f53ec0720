package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.plan.ObjectName;
import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.result.RunResult;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.DirSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failure or a SIGKILL at each point of a local run leaves behind: the previous catalog,
 * byte for byte (its file, volumes and clone template, and its clone), and nothing that a
 * {@code --cleanup} leaves behind. Failures are injected in-process (a step that cannot succeed,
 * added to the phase); kills hit a CLI process held at the phase by the engine's failpoint. One
 * small catalog with every layer (retail at scale 0.0001, star schema, medallion, volumes, a clone)
 * covers every phase the local engine runs.
 */
class FaultInjectionTest {

    static final String CATALOG = "fi";
    static final String COPY = "fi_copy";
    static final DemoCatalog DEMO = DemoCatalog.named(CATALOG).industries(Industries.RETAIL).scale(0.0001).seed(5).starSchema().destCatalog(COPY)
            .dropExisting(true);
    static final String[] CLI = {"demo", "--catalog", CATALOG, "--industry", "retail", "--scale", "0.0001", "--seed", "5", "--star-schema",
            "--dest-catalog", COPY, "--drop-existing"};

    @TempDir
    static Path tmp;
    static Path dir;
    static DirSnapshot previous;

    @BeforeAll
    static void previousCatalog() throws IOException {
        dir = tmp.resolve("data");
        RunResult first = DEMO.generate(LocalEngine.in(dir).quiet());
        assertTrue(first.succeeded(), first.toString());
        previous = DirSnapshot.of(dir);
        assertTrue(previous.entries().keySet().containsAll(List.of("fi.duckdb", "fi_copy.duckdb", "config/demo_clone_fi.json",
                "volumes/fi/retail/sample_data/order_items.parquet")), previous.toString());
    }

    @AfterAll
    static void noStrayFilesAfterCleanup() throws IOException {
        CliRun cleanup = CliRun.of("demo", "--catalog", CATALOG, "--dest-catalog", COPY, "--cleanup", "--local-dir", dir.toString());
        assertEquals(0, cleanup.exitCode(), cleanup.toString());
        assertEquals(Map.of(), DirSnapshot.of(dir).entries(), "--cleanup leaves nothing: no catalog, no partial file, no lock, no empty folder");
    }

    /** The phases of the run (labels as progress prints them), in order. */
    static List<String> phases() {
        return DEMO.plan().phases().stream().map(Phase::name).toList();
    }

    @TestFactory
    Stream<DynamicTest> aFailureInAnyPhaseIsNotPublished() {
        return phases().stream().map(phase -> DynamicTest.dynamicTest(phase, () -> {
            RunResult r = LocalEngine.in(dir).quiet().execute(failingIn(DEMO.plan(), phase));
            assertEquals(RunResult.Status.FAILED, r.status(), r.toString());
            assertTrue(r.errors().stream().anyMatch(e -> e.step().contains("clxs_injected_failure")), r.errors().toString());
            assertFalse(r.toString().contains("is ready"), r.toString());
            assertTrue(r.skipped().stream().anyMatch(s -> s.step().equals("publish catalog fi") && s.reason().contains("fi is as it was before this run")),
                    r.skipped().toString());
            assertEquals(previous, DirSnapshot.of(dir), "the previous catalog and its clone are byte-identical, and nothing else is there");
        }));
    }

    /**
     * Where a SIGKILL is tried: the first phase, the rows, views, the clone, the audit (the last
     * phase) and the moment before the publish. Each is a JVM of its own, so not all 31 phases:
     * what a kill leaves does not depend on the phase, only on whether the run had decided to
     * publish (see {@link #aSigkillWhilePublishingIsCompletedByTheNextRun}).
     */
    static final List<String> KILL_POINTS = List.of("catalog", "data", "views", "clone tables", "audit", "publish");

    @TestFactory
    Stream<DynamicTest> aSigkillInAPhaseLeavesThePreviousCatalogAndTheNextRunOrCleanupRemovesWhatItLeft() {
        assertTrue(phases().containsAll(KILL_POINTS.subList(0, KILL_POINTS.size() - 1)), phases().toString());
        return KILL_POINTS.stream().map(point -> DynamicTest.dynamicTest(point, () -> {
            Path reached = tmp.resolve("reached-" + point.replace(' ', '_'));
            CliRun killed;
            try (CliProcess.Running run = CliProcess.start(Map.of(), List.of("-Dclxs.failpoint=hold:" + point, "-Dclxs.failpoint.reached=" + reached),
                    cli(dir))) {
                run.await(() -> Files.exists(reached));
                run.signal("KILL");
                killed = run.finish();
            }
            assertEquals(137, killed.exitCode(), killed.toString());
            assertFalse(killed.out().contains("is ready"), "nothing said ready: " + killed.out());
            assertEquals(previous, DirSnapshot.of(dir, p -> !DirSnapshot.leftover(p)), "the previous catalog is byte-identical");

            CliRun list = CliRun.of("catalogs", "list", "--local-dir", dir.toString());
            assertTrue(list.out().contains("fi: ") && list.out().contains("left by a run that did not finish")
                    && list.out().contains("clxs demo --catalog fi --cleanup"), "catalogs list finds what the killed run left:\n" + list.out());

            // --cleanup (on a copy, so the next point starts from the same previous catalog) leaves nothing
            Path copy = tmp.resolve("cleanup-" + point.replace(' ', '_'));
            copyTree(dir, copy);
            CliRun cleanup = CliRun.of("demo", "--catalog", CATALOG, "--dest-catalog", COPY, "--cleanup", "--local-dir", copy.toString());
            assertEquals(0, cleanup.exitCode(), cleanup.toString());
            assertEquals(Map.of(), DirSnapshot.of(copy).entries(), "nothing is left after --cleanup");
        }));
    }

    @Test
    void aSigkillWhilePublishingIsCompletedByTheNextRun() throws Exception {
        Path other = tmp.resolve("publishing");
        RunResult first = DEMO.generate(LocalEngine.in(other).quiet());
        assertTrue(first.succeeded(), first.toString());
        String firstRun;
        try (clxs.support.Duck db = clxs.support.Duck.open(other, CATALOG)) {
            firstRun = (String) db.value("SELECT run_started_at FROM main.clxs_catalog()");
        }
        Path reached = tmp.resolve("reached-publishing");
        try (CliProcess.Running run = CliProcess.start(Map.of(), List.of("-Dclxs.failpoint=hold:publishing", "-Dclxs.failpoint.reached=" + reached),
                cli(other))) {
            run.await(() -> Files.exists(reached));
            run.signal("KILL");
            assertEquals(137, run.finish().exitCode());
        }
        assertTrue(Files.exists(other.resolve(".fi.publishing")), "the run had decided to publish");

        // the next command that takes the catalog completes the publication, then does its own work
        CliRun again = CliRun.of("demo", "--catalog", CATALOG, "--industry", "retail", "--scale", "0.0001", "--local-dir", other.toString());
        assertEquals(2, again.exitCode(), "it exists now, and the run is refused without --drop-existing: " + again);
        DirSnapshot after = DirSnapshot.of(other);
        assertFalse(after.entries().keySet().stream().anyMatch(DirSnapshot::leftover), after.toString());
        try (clxs.support.Duck db = clxs.support.Duck.open(other, CATALOG)) {
            assertEquals(first.rows("retail", "orders"), db.longValue("SELECT count(*) FROM retail.orders"), "the published catalog is complete");
            assertFalse(firstRun.equals(db.value("SELECT run_started_at FROM main.clxs_catalog()")), "it is the killed run's catalog, not the first one");
        }
        try (clxs.support.Duck copy = clxs.support.Duck.open(other, COPY)) {
            assertFalse(firstRun.equals(copy.value("SELECT run_started_at FROM main.clxs_catalog()")), "and its clone was published with it");
        }
    }

    static String[] cli(Path local) {
        List<String> args = new ArrayList<>(List.of(CLI));
        args.addAll(List.of("--local-dir", local.toString()));
        return args.toArray(String[]::new);
    }

    /** {@code plan} with a step that cannot succeed added to the phase labelled {@code phase}. */
    static Plan failingIn(Plan plan, String phase) {
        List<Phase> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            if (!p.name().equals(phase)) {
                phases.add(p);
                continue;
            }
            List<Step> steps = new ArrayList<>(p.steps());
            steps.add(new Step.CreateView(ObjectName.of(CATALOG, "retail", "clxs_injected_failure"),
                    new Step.PortableQuery("SELECT no_such_column FROM range(1)", CATALOG, "retail"), null, "retail"));
            phases.add(new Phase(p.kind(), p.round(), steps));
        }
        return new Plan(plan.settings(), plan.industries(), plan.seed(), phases, plan.skips());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
