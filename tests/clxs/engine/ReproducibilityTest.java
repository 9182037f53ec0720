package clxs.engine;

import clxs.result.RunResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Table;
import clxs.support.Duck;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same rows, whatever the DuckDB threads, workers and batch size; another seed, other rows. */
class ReproducibilityTest {

    private static final DemoCatalog BASE = DemoCatalog.named("repro").industries(Industries.HEALTHCARE).scale(0.001)
            .medallion(false).createVolumes(false).createFunctions(false);

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesIdenticalTablesOnOneOrTwoThreadsAndAnyBatching() {
        Map<String, String> oneThread = checksums(dir.resolve("a"), BASE.seed(7).maxWorkers(1), 1);
        Map<String, String> twoThreads = checksums(dir.resolve("b"), BASE.seed(7).maxWorkers(4).batchSize(7_000), 2);
        assertEquals(oneThread, twoThreads);
        assertEquals(20, oneThread.size());
    }

    @Test
    void anotherSeedGivesOtherData() {
        Map<String, String> seven = checksums(dir.resolve("a"), BASE.seed(7), 2);
        Map<String, String> eight = checksums(dir.resolve("b"), BASE.seed(8), 2);
        for (String table : seven.keySet()) assertNotEquals(seven.get(table), eight.get(table), table + " did not change with the seed");
    }

    @Test
    void anUnseededRunReportsTheSeedItDrewAndThatSeedReproducesIt() {
        RunResult drawn = BASE.generate(LocalEngine.in(dir.resolve("a")).quiet());
        assertTrue(drawn.succeeded());
        Map<String, String> again = checksums(dir.resolve("b"), BASE.seed(drawn.seed()), 1);
        try (Duck db = Duck.open(dir.resolve("a"), "repro")) {
            assertEquals(again.get("claims"), db.checksum("healthcare.claims"));
        }
    }

    private static Map<String, String> checksums(Path dir, DemoCatalog demo, int threads) {
        RunResult r = demo.generate(LocalEngine.in(dir).withThreads(threads).quiet());
        assertTrue(r.succeeded(), r.toString());
        Map<String, String> sums = new LinkedHashMap<>();
        try (Duck db = Duck.open(dir, "repro")) {
            for (Table t : Industries.HEALTHCARE.tables()) sums.put(t.name(), db.checksum("healthcare." + t.name()));
        }
        return sums;
    }
}
