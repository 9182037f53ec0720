package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Table;
import clxs.result.RunResult;
import clxs.support.CliRun;
import clxs.support.Duck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local run under a small memory budget: DuckDB spills to the hidden folder in the local
 * directory instead of growing, the catalog is complete, and the folder is gone afterwards.
 */
class MemoryLimitTest {

    @TempDir
    Path tmp;

    @Test
    void healthcareWithTheStarSchemaCompletesIn256MbBySpillingAndLeavesNoSpillFiles() throws Exception {
        DemoCatalog demo = DemoCatalog.named("tight").industries(Industries.HEALTHCARE).scale(0.01).seed(5).starSchema().dqProfile(clxs.settings.DqProfile.CLEAN);
        RunResult r = demo.generate(LocalEngine.in(tmp).withMemoryLimit("256MB").withThreads(2).quiet());
        assertTrue(r.succeeded(), r.toString());
        assertEquals(256L * 1024 * 1024, r.resources().memoryLimitBytes());
        assertEquals(2, r.resources().threads());
        assertEquals(tmp.resolve(".tight.spill").toString(), r.resources().spillDirectory());
        assertTrue(r.toString().matches("(?s).*  created  .* rows( \\([^)]*\\))? in [0-9.]+ s, (peak memory [0-9.]+ [MG]B \\(limit 256.0 MB\\)|memory limit 256.0 MB)\n.*"), r.toString());
        assertTrue(r.toText(true).contains("limit 256.0 MB, 2 threads; past it DuckDB spills to " + tmp.resolve(".tight.spill")), r.toText(true));
        assertFalse(Files.exists(tmp.resolve(".tight.spill")), "the spill folder is removed after the run");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains("spill") || f.getFileName().toString().endsWith(".tmp")).count());
        }
        int tables = 0;
        try (Duck db = Duck.open(tmp, "tight")) {
            for (Table t : Industries.HEALTHCARE.tables()) {
                assertEquals(t.rowsAt(0.01), db.longValue("SELECT count(*) FROM healthcare." + t.name()), t.name());
                tables++;
            }
            // the star schema's facts (the biggest joins of the run) are complete too
            assertEquals(db.longValue("SELECT count(*) FROM healthcare.claims"), db.longValue("SELECT count(*) FROM healthcare_star.fct_claims"));
        }
        assertTrue(tables > 5);
        if (r.resources().peakRssBytes() != null) assertTrue(r.resources().peakRssBytes() > 0);
    }

    @Test
    void sizesAreReadAsPeopleWriteThemAndNonsenseIsRefused() {
        assertEquals(512L << 20, MemoryBudget.parse("512MB").bytes());
        assertEquals(512L << 20, MemoryBudget.parse("512 mib").bytes());
        assertEquals(3L << 29, MemoryBudget.parse("1.5GB").bytes());
        assertEquals(MemoryBudget.machineBytes() / 4, MemoryBudget.parse("25%").bytes(), 1.0);
        assertEquals("256MiB", MemoryBudget.parse("256MB").duckDbSetting());
        IllegalArgumentException notSize = assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse("12XB"));
        assertTrue(notSize.getMessage().contains("'12XB' is not a memory size; write it as 512MB, 4GB or 25%"), notSize.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse("16MB")).getMessage().contains("below 128 MB"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse("100TB")).getMessage().contains("more than this machine has"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse("0%")).getMessage().contains("between 0% and 100%"));
        MemoryBudget d = MemoryBudget.machineDefault();
        assertTrue(d.bytes() <= 6L << 30 && d.bytes() <= MemoryBudget.machineBytes() / 2 + (128L << 20), d.toString());
    }

    @Test
    void aBadMemoryLimitIsRefusedBeforeAnythingIsCreated() {
        Path local = tmp.resolve("never-made");
        CliRun r = CliRun.of("demo", "--catalog", "m", "--industry", "retail", "--scale", "0.001", "--memory-limit", "lots", "--local-dir", local.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("invalid --memory-limit: 'lots' is not a memory size"), r.err());
        assertFalse(Files.exists(local));
        assertNotNull(MemoryBudget.fromEnvironment());
    }
}
