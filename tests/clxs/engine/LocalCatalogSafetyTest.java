package clxs.engine;

import static clxs.model.Gen.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.model.View;
import clxs.result.RunResult;
import clxs.settings.DqProfile;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.CrashingWriter;
import clxs.support.DirSnapshot;
import clxs.support.Duck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local catalogs survive failed runs, concurrent runs, foreign DuckDB files and crashed
 * writers: each case reproduces what was found (a failed {@code --drop-existing} replacing a good
 * catalog, two runs of one catalog, a DuckDB file clxs did not make, a pending WAL of a killed
 * writer, a second industry removing the first one's volumes) and checks what must hold instead.
 */
class LocalCatalogSafetyTest {

    @TempDir
    Path dir;

    static final Industry SHOP = Industry.named("shop")
            .table(Table.dimension("items", 50).col("item_id", sequence(), "id").col("price", Gen.decimals(1, 10), "price"))
            .view(View.of("v_items", "items", "SELECT count(*) AS n FROM {{items}}"))
            .build();
    static final Industry BROKEN_SHOP = Industry.named("shop")
            .table(Table.dimension("items", 80).col("item_id", sequence(), "id").col("price", Gen.decimals(1, 10), "price"))
            .view(View.of("v_broken", "reads a column that does not exist", "SELECT no_such_column FROM {{items}}"))
            .build();

    private DemoCatalog shop(String name, Industry industry) {
        return DemoCatalog.named(name).industries(industry).scale(1).seed(1).medallion(false).dqProfile(DqProfile.CLEAN);
    }

    @Test
    void aReplacingRunWithAFailedStepIsNotPublishedAndTheGoodCatalogStays() throws Exception {
        assertTrue(shop("good", SHOP).generate(LocalEngine.in(dir).quiet()).succeeded());
        DirSnapshot before = DirSnapshot.of(dir);
        RunResult failed = shop("good", BROKEN_SHOP).dropExisting(true).generate(LocalEngine.in(dir).quiet());
        assertEquals(RunResult.Status.FAILED, failed.status(), failed.toString());
        assertTrue(failed.skipped().stream().anyMatch(s -> s.step().equals("publish catalog good")
                && s.reason().equals("not published because the run failed: good is as it was before this run (the errors say what failed)")), failed.toString());
        assertTrue(failed.errors().stream().anyMatch(e -> e.error().contains("no_such_column")), "the failed step and its error are in the summary");
        assertEquals(before, DirSnapshot.of(dir), "the good catalog is byte-identical and nothing of the failed run is left");
        try (Duck db = Duck.open(dir, "good")) {
            assertEquals(50, db.longValue("SELECT n FROM shop.v_items"));
        }
    }

    @Test
    void aSecondRunOfACatalogIsRefusedWithWhoHoldsItAndAStaleLockIsTakenOver() throws Exception {
        Path reached = dir.resolve("reached");
        try (CliProcess.Running first = CliProcess.start(Map.of(), List.of("-Dclxs.failpoint=hold:data", "-Dclxs.failpoint.reached=" + reached),
                "demo", "--catalog", "busy", "--industry", "retail", "--scale", "0.0001", "--local-dir", dir.resolve("data").toString())) {
            first.await(() -> Files.exists(reached));
            twoRunsOfOneCatalog(first);
        }
    }

    private void twoRunsOfOneCatalog(CliProcess.Running first) throws Exception {
        Path partial = dir.resolve("data/.busy.partial.duckdb");
        assertTrue(Files.exists(partial));

        CatalogRefusedException refused = assertThrows(CatalogRefusedException.class,
                () -> shop("busy", SHOP).generate(LocalEngine.in(dir.resolve("data")).quiet()));
        assertTrue(refused.getMessage().contains("pid " + first.pid()), refused.getMessage());
        CliRun second = CliRun.of("demo", "--catalog", "busy", "--industry", "healthcare", "--scale", "0.0001", "--local-dir", dir.resolve("data").toString());
        assertEquals(2, second.exitCode(), second.toString());
        assertTrue(second.err().contains("is being written by another clxs run (pid " + first.pid() + ", started "), second.err());
        assertTrue(Files.exists(partial), "the second run did not touch the first one's partial file");
        CliRun cleanup = CliRun.of("demo", "--catalog", "busy", "--cleanup", "--local-dir", dir.resolve("data").toString());
        assertEquals(2, cleanup.exitCode(), "a run in progress is not cleaned up under it: " + cleanup);
        CliRun list = CliRun.of("catalogs", "list", "--local-dir", dir.resolve("data").toString());
        assertTrue(list.out().contains("busy: being generated now by pid " + first.pid()), list.out());

        first.signal("KILL");
        assertEquals(137, first.finish().exitCode());
        assertTrue(Files.exists(dir.resolve("data/.busy.lock")), "the killed run's lock file stays, stale: the OS released its lock");
        RunResult next = shop("busy", SHOP).generate(LocalEngine.in(dir.resolve("data")).quiet());
        assertTrue(next.succeeded(), next.toString());
        DirSnapshot after = DirSnapshot.of(dir.resolve("data"));
        assertFalse(after.entries().keySet().stream().anyMatch(DirSnapshot::leftover), "the stale lock and partial files are gone: " + after);
    }

    @Test
    void aDuckDbFileClxsDidNotMakeIsNeverWrittenReplacedOrDeleted() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("ledger.duckdb")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE entries AS SELECT range AS id FROM range(10)");
        }
        Files.write(data.resolve("junk.duckdb"), "not a database at all".getBytes());
        assertTrue(shop("Imp", SHOP).generate(LocalEngine.in(data).quiet()).succeeded());
        DirSnapshot before = DirSnapshot.of(data);
        String local = data.toString();
        List<CliRun> refused = List.of(
                CliRun.of("demo", "--catalog", "ledger", "--industry", "retail", "--scale", "0.0001", "--local-dir", local),
                CliRun.of("demo", "--catalog", "ledger", "--industry", "retail", "--scale", "0.0001", "--drop-existing", "--local-dir", local),
                CliRun.of("demo", "--catalog", "fresh", "--industry", "retail", "--scale", "0.0001", "--dest-catalog", "ledger", "--local-dir", local),
                CliRun.of("demo", "--catalog", "ledger", "--cleanup", "--local-dir", local),
                CliRun.of("demo", "--catalog", "junk", "--cleanup", "--local-dir", local),
                CliRun.of("catalogs", "drop", "ledger", "--confirm", "ledger", "--local-dir", local),
                CliRun.of("catalogs", "drop", "imp", "--confirm", "imp", "--local-dir", local));
        for (CliRun r : refused) assertEquals(2, r.exitCode(), r.toString());
        assertTrue(refused.get(0).err().contains("is a DuckDB file clxs did not generate") && refused.get(0).err().contains("--force ledger"),
                refused.get(0).err());
        assertTrue(refused.get(4).err().contains("a file DuckDB cannot open as a catalog"), refused.get(4).err());
        assertTrue(refused.get(6).err().contains("there is no catalog imp (there is Imp: names compare exactly"), refused.get(6).err());
        assertEquals(before, DirSnapshot.of(data), "every file is byte-identical, and the refused runs left nothing");

        CliRun list = CliRun.of("catalogs", "list", "--local-dir", local);
        assertTrue(list.out().matches("(?s).*ledger\\s+no\\s+.*") && list.out().matches("(?s).*Imp\\s+yes\\s+.*"), list.out());

        CliRun forced = CliRun.of("demo", "--catalog", "ledger", "--industry", "retail", "--scale", "0.0001", "--no-medallion", "--drop-existing",
                "--force", "ledger", "--local-dir", local);
        assertEquals(0, forced.exitCode(), forced.toString());
        assertTrue(new LocalCatalogs(data).ownership("ledger").clxs(), "replaced, it carries clxs's mark");
        CliRun junk = CliRun.of("demo", "--catalog", "junk", "--cleanup", "--force", "junk", "--local-dir", local);
        assertEquals(0, junk.exitCode(), junk.toString());
        assertFalse(Files.exists(data.resolve("junk.duckdb")));
    }

    @Test
    void aPendingWalOfACrashedWriterIsOneUnitWithItsFile() throws Exception {
        Path data = dir.resolve("data");
        assertTrue(shop("walled", SHOP).generate(LocalEngine.in(data).quiet()).succeeded());
        CrashingWriter.leaveWalBehind(data.resolve("walled.duckdb"));

        // adding to it copies the file with its WAL: what the writer wrote is kept
        RunResult added = shop("walled", Industries.RETAIL).scale(0.0001).generate(LocalEngine.in(data).quiet());
        assertTrue(added.succeeded(), added.toString());
        assertFalse(Files.exists(data.resolve("walled.duckdb.wal")), "the published file carries no WAL, and the old one is gone");
        try (Duck db = Duck.open(data, "walled")) {
            assertEquals(1000, db.longValue("SELECT count(*) FROM main.written_before_the_crash"), "the pending write was in the copy");
        }

        // replacing it removes the WAL with the old file: nothing replays into the new one
        CrashingWriter.leaveWalBehind(data.resolve("walled.duckdb"));
        CliRun rebuilt = CliRun.of("demo", "--catalog", "walled", "--industry", "retail", "--scale", "0.0001", "--drop-existing",
                "--local-dir", data.toString());
        assertEquals(0, rebuilt.exitCode(), rebuilt.toString());
        assertFalse(Files.exists(data.resolve("walled.duckdb.wal")));
        for (CliRun r : List.of(CliRun.of("query", "select count(*) from walled.retail.orders", "--local-dir", data.toString()),
                CliRun.of("audit", "--catalog", "walled", "--local-dir", data.toString()),
                CliRun.of("catalogs", "list", "--local-dir", data.toString()))) {
            assertEquals(0, r.exitCode(), r.toString());
            assertFalse((r.out() + r.err()).contains("WAL"), r.toString());
        }
    }

    @Test
    void addingAnIndustryKeepsTheEarlierIndustrysVolumeFiles() throws Exception {
        Path data = dir.resolve("data");
        DemoCatalog base = DemoCatalog.named("vols").scale(0.0001).seed(2).medallion(false);
        assertTrue(base.industries(Industries.RETAIL).generate(LocalEngine.in(data).quiet()).succeeded());
        Path retailSample = data.resolve("volumes/vols/retail/sample_data/order_items.parquet");
        assertTrue(Files.exists(retailSample));
        byte[] before = Files.readAllBytes(retailSample);
        RunResult second = base.industries(Industries.HEALTHCARE).generate(LocalEngine.in(data).quiet());
        assertTrue(second.succeeded(), second.toString());
        assertTrue(Files.exists(data.resolve("volumes/vols/healthcare/sample_data/claims.parquet")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(retailSample)), "retail's tables stay, and so do its volume files");
        try (Duck db = Duck.open(data, "vols")) {
            assertTrue(db.longValue("SELECT count(*) FROM retail.orders") > 0);
        }
    }
}
