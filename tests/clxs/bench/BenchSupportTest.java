package clxs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' own arithmetic and baseline: what their reported figures rest on. */
class BenchSupportTest {

    @Test
    void splitCoversEveryRowOnceInConsecutiveRanges() {
        List<long[]> ranges = HandWrittenBaseline.split(10, 3);
        assertEquals(3, ranges.size());
        assertEquals(List.of(1L, 5L, 8L), ranges.stream().map(r -> r[0]).toList());
        assertEquals(List.of(5L, 8L, 11L), ranges.stream().map(r -> r[1]).toList());
        assertEquals(List.of(1L, 0L), HandWrittenBaseline.split(1, 2).stream().map(r -> r[1] - r[0]).toList());
    }

    @Test
    void concurrentBaselineWritesTheRowsOnceAcrossOneTablePerStatement(@TempDir Path dir) throws Exception {
        HandWrittenBaseline.Timing t = HandWrittenBaseline.run(dir.resolve("b.duckdb"), 100_001, 3);
        assertEquals(3, t.statements());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("b.duckdb")); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT claim_id), min(claim_id), max(claim_id), count(DISTINCT status) FROM "
                     + "(SELECT * FROM claims_1 UNION ALL SELECT * FROM claims_2 UNION ALL SELECT * FROM claims_3)")) {
            r.next();
            assertEquals(100_001, r.getLong(1));
            assertEquals(100_001, r.getLong(2));
            assertEquals(1, r.getLong(3));
            assertEquals(100_001, r.getLong(4));
            assertEquals(5, r.getLong(5));
        }
    }

    @Test
    void benchDirectoriesAreDeletedWithEverythingInThem() throws Exception {
        Path dir = BenchDirs.create("clxs-bench-test");
        java.nio.file.Files.createDirectories(dir.resolve("volumes/a"));
        java.nio.file.Files.writeString(dir.resolve("volumes/a/f.json"), "{}");
        assertEquals(2, BenchDirs.size(dir));
        BenchDirs.delete(dir);
        assertEquals(false, java.nio.file.Files.exists(dir));
        BenchDirs.delete(dir);
    }

    @Test
    void medianOfPairedRatiosIsNotTheRatioOfMedians() {
        // Run 1's clxs was measured at a busy moment: the separate medians pair run 1's baseline with run 3's clxs.
        List<Double> baseline = List.of(10.0, 5.0, 12.0);
        List<Double> clxs = List.of(14.0, 6.0, 11.0);
        assertEquals(List.of(10.0 / 14, 5.0 / 6, 12.0 / 11), PairedRatios.speedRatios(baseline, clxs));
        assertEquals(5.0 / 6, PairedRatios.medianSpeedRatio(baseline, clxs), 1e-12);
        assertNotEquals(PairedRatios.median(baseline) / PairedRatios.median(clxs), PairedRatios.medianSpeedRatio(baseline, clxs), 1e-3);
        assertEquals(2.5, PairedRatios.median(List.of(4.0, 1.0, 3.0, 2.0)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PairedRatios.speedRatios(List.of(1.0), List.of()));
    }

    @Test
    void aLayeredPointComparesTheWholeRunForTheSameRowsAndTheDataPhaseByRowsPerSecond() {
        // the catalog gets 300 rows (200 generated, 100 copied by the layers); raw DuckDB writes all 300
        ScalingPoint p = new ScalingPoint("layered", 0.1,
                List.of(Map.of("generated_rows", 200, "total_seconds", 40.0, "data_seconds", 20.0),
                        Map.of("generated_rows", 200, "total_seconds", 60.0, "data_seconds", 25.0)),
                List.of(Map.of("rows", 300, "total_seconds", 30.0, "insert_seconds", 24.0),
                        Map.of("rows", 300, "total_seconds", 30.0, "insert_seconds", 30.0)),
                "1 1 1", "1 1 1");
        assertEquals(300, p.baselineRows());
        // whole runs: the same 300 rows, seconds against seconds, paired (30/40 and 30/60)
        assertEquals((30.0 / 40 + 30.0 / 60) / 2, p.ratio(), 1e-12);
        // data phase: 200 rows in 20 s against 300 rows in 24 s (10 against 12.5 rows/s), and 8 against 10
        assertEquals(0.8, p.dataRatio(), 1e-12);
        assertEquals(0.8, PairedRatios.medianRateRatio(List.of(24.0, 30.0), 300, List.of(20.0, 25.0), 200), 1e-12);
        // the same rows on both sides: the rate ratio is the speed ratio
        assertEquals(1.2, PairedRatios.medianRateRatio(List.of(24.0, 30.0), 200, List.of(20.0, 25.0), 200), 1e-12);
    }
}
