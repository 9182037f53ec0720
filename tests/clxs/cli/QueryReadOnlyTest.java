package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.DirSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clxs query} is read-only: the statements found to write, attach, detach and re-attach
 * read-write, or reach the network are refused (exit 2) and change nothing; a garbage or
 * case-colliding DuckDB file does not break the others; {@code --max-rows} streams.
 */
class QueryReadOnlyTest {

    @TempDir
    static Path tmp;
    static Path data;
    static String local;

    @BeforeAll
    static void catalog() {
        data = tmp.resolve("data");
        local = data.toString();
        CliRun demo = CliRun.of("demo", "--catalog", "ro", "--industry", "retail", "--scale", "0.0001", "--no-medallion", "--local-dir", local);
        assertEquals(0, demo.exitCode(), demo.toString());
    }

    private static CliRun query(String sql, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("query", sql, "--local-dir", local));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void statementsThatWriteAttachOrLoadAreRefusedAndChangeNothing() throws Exception {
        DirSnapshot before = DirSnapshot.of(data);
        Path outside = tmp.resolve("exported.csv");
        List<String> hostile = List.of(
                "COPY (SELECT * FROM ro.retail.orders) TO '" + outside + "'",
                "ATTACH '" + tmp.resolve("new.duckdb") + "' AS scratch",
                "DETACH ro",
                "DETACH ro; ATTACH '" + data.resolve("ro.duckdb") + "' AS ro; DROP TABLE ro.retail.orders",
                "DROP TABLE ro.retail.orders",
                "INSTALL httpfs",
                "LOAD httpfs",
                "SET enable_external_access = true",
                "CREATE TABLE memory.main.t AS SELECT 1",
                "SELECT 1; DROP TABLE ro.retail.orders",
                "PRAGMA enable_checkpoint_on_shutdown",
                "CALL duckdb_tables()",
                "EXPLAIN DROP TABLE ro.retail.orders");
        for (String sql : hostile) {
            CliRun r = query(sql);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), sql + "\n" + r);
            assertTrue(r.err().contains("query runs"), r.err());
            assertEquals("", r.out(), "nothing ran: " + sql);
        }
        assertFalse(Files.exists(outside) || Files.exists(tmp.resolve("new.duckdb")));
        assertEquals(before, DirSnapshot.of(data), "every catalog file is byte-identical");
    }

    @Test
    void readsThatReachOutsideTheCatalogsFailInsideTheSession() {
        Path outside = tmp.resolve("outside.csv");
        for (String sql : List.of("SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_parquet('https://example.com/x.parquet')",
                "SELECT * FROM glob('/etc/*')", "SELECT * FROM query('COPY (SELECT 1) TO ''" + outside + "''')")) {
            CliRun r = query(sql);
            assertEquals(ExitCodes.RUN_FAILED, r.exitCode(), sql + "\n" + r);
            assertTrue(r.err().contains("query failed"), r.err());
        }
        assertFalse(Files.exists(outside));
    }

    @Test
    void readsOfEveryKindRun() {
        for (String sql : List.of("SELECT count(*) AS n FROM ro.retail.orders", "WITH o AS (SELECT * FROM ro.retail.orders) SELECT count(*) FROM o",
                "FROM ro.retail.orders LIMIT 1", "VALUES (1), (2)", "DESCRIBE ro.retail.orders", "SHOW TABLES", "SUMMARIZE ro.retail.orders",
                "EXPLAIN SELECT 1", "PRAGMA version", "PRAGMA table_info('ro.retail.orders')", "-- a comment\nSELECT 1")) {
            CliRun r = query(sql);
            assertEquals(0, r.exitCode(), sql + "\n" + r);
            assertTrue(r.out().contains("row"), r.out());
        }
    }

    @Test
    void aGarbageOrCaseCollidingFileIsSkippedWithAWarning() throws Exception {
        Path dir = tmp.resolve("mixed");
        Files.createDirectories(dir);
        Files.copy(data.resolve("ro.duckdb"), dir.resolve("ro.duckdb"));
        Files.copy(data.resolve("ro.duckdb"), dir.resolve("RO2.duckdb"));
        Files.copy(data.resolve("ro.duckdb"), dir.resolve("ro2.duckdb"));
        Files.write(dir.resolve("broken.duckdb"), "garbage".getBytes());
        CliRun r = CliRun.of("query", "select count(*) AS n from ro.retail.orders", "--local-dir", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("(1 row)"), r.out());
        assertTrue(r.err().contains("skipped " + dir.resolve("broken.duckdb") + ": DuckDB cannot open it"), r.err());
        assertTrue(r.err().contains("skipped " + dir.resolve("ro2.duckdb") + ": its name differs from catalog RO2 only by case"), r.err());
    }

    @Test
    void maxRowsStreamsInsteadOfLoadingTheWholeResult() throws Exception {
        // three million rows held whole would need several hundred MB (a list, a Long and a String per row); the JVM has 64 MB.
        // Thirty million proved nothing more and cost half a minute of reading rows.
        CliRun r = CliProcess.start(Map.of(), List.of("-Xmx64m"), "query", "SELECT range AS id, 'row ' || range AS label FROM range(3000000)",
                "--max-rows", "3", "--local-dir", local).finish();
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("... 2999997 more rows not shown") && r.out().contains("(3000000 rows)"), r.out());
        CliRun csv = CliProcess.start(Map.of(), List.of("-Xmx64m"), "query", "SELECT range AS id FROM range(3000000)", "--format", "csv",
                "--local-dir", local).finish();
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(3_000_001, csv.out().lines().count(), "a header and every row");
    }
}
