package clxs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;

/**
 * The hand-written DuckDB baseline of the generation benchmarks: the fastest way to fill tables by
 * hand, ten columns of {@code random()} expressions (ids, amounts, dates, codes, a status) inserted
 * from {@code range()}. DuckDB runs one {@code INSERT ... FROM range()} on one core, while clxs runs
 * several statements at once, so the fair baseline splits the same rows into as many concurrent
 * INSERTs as cores: one table and one connection per statement, all started together.
 */
public final class HandWrittenBaseline {

    private HandWrittenBaseline() {}

    /** Seconds spent inserting (every statement finished) and then checkpointing the file. */
    public record Timing(long rows, int statements, double insertSeconds, double checkpointSeconds) {
        /** Inserting plus writing the file: what the whole clxs run is compared with. */
        public double totalSeconds() {
            return insertSeconds + checkpointSeconds;
        }
    }

    /** Row ids {@code [from, to)} of each of {@code parts} statements: consecutive, together exactly 1..rows. */
    public static List<long[]> split(long rows, int parts) {
        if (rows < 0 || parts < 1) throw new IllegalArgumentException("rows " + rows + ", parts " + parts);
        List<long[]> out = new ArrayList<>();
        long from = 1;
        for (int i = 0; i < parts; i++) {
            long n = rows / parts + (i < rows % parts ? 1 : 0);
            out.add(new long[] {from, from + n});
            from += n;
        }
        return out;
    }

    /** The fair baseline: one statement per available core. */
    public static Timing concurrent(Path file, long rows) throws Exception {
        return run(file, rows, Runtime.getRuntime().availableProcessors());
    }

    /** The old, one-core baseline: a single statement. */
    public static Timing single(Path file, long rows) throws Exception {
        return run(file, rows, 1);
    }

    /** Writes {@code rows} rows into a fresh DuckDB {@code file} as tables {@code claims_1..claims_<statements>}. */
    public static Timing run(Path file, long rows, int statements) throws Exception {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        List<long[]> ranges = split(rows, statements);
        try (Connection first = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            List<Connection> connections = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(statements);
            try {
                for (int i = 0; i < statements; i++) {
                    try (Statement s = first.createStatement()) {
                        s.execute("CREATE TABLE " + table(i) + " (" + COLUMNS + ")");
                    }
                    connections.add(((DuckDBConnection) first).duplicate());
                }
                CyclicBarrier start = new CyclicBarrier(statements + 1);
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < statements; i++) {
                    String sql = insert(table(i), ranges.get(i));
                    Connection c = connections.get(i);
                    done.add(pool.submit(() -> {
                        start.await();
                        try (Statement s = c.createStatement()) {
                            s.execute(sql);
                        }
                        return null;
                    }));
                }
                start.await();
                long t0 = System.nanoTime();
                for (Future<?> f : done) f.get();
                double insert = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                try (Statement s = first.createStatement()) {
                    s.execute("CHECKPOINT");
                }
                return new Timing(rows, statements, insert, (System.nanoTime() - t1) / 1e9);
            } finally {
                pool.shutdownNow();
                for (Connection c : connections) c.close();
            }
        }
    }

    /** The baseline's table: the shape of healthcare.claims. */
    public static final String COLUMNS = "claim_id BIGINT, patient_id BIGINT, provider_id BIGINT, diagnosis_code VARCHAR, "
            + "procedure_code VARCHAR, claim_amount DECIMAL(12,2), submitted_date DATE, status VARCHAR, payer_id BIGINT, facility_id BIGINT";

    static String table(int i) {
        return "claims_" + (i + 1);
    }

    private static String insert(String table, long[] range) {
        return "INSERT INTO " + table + " " + rows(range);
    }

    /** The baseline's rows with ids {@code [from, to)}: the SELECT its INSERTs run (WriteCostBench measures its columns too). */
    public static String rows(long[] range) {
        return "SELECT i, "
                + "CAST(floor(random() * 10000) + 1 AS BIGINT), CAST(floor(random() * 10000) + 1 AS BIGINT), "
                + "'D' || lpad(CAST(CAST(floor(random() * 5000) AS INTEGER) AS VARCHAR), 5, '0'), "
                + "'P' || lpad(CAST(CAST(floor(random() * 5000) AS INTEGER) AS VARCHAR), 5, '0'), "
                + "CAST(round(random() * 5000, 2) AS DECIMAL(12,2)), DATE '2020-01-01' + CAST(floor(random() * 1827) AS INTEGER), "
                + "['PAID','DENIED','APPROVED','PENDING','IN_REVIEW'][CAST(floor(random() * 5) AS INTEGER) + 1], "
                + "CAST(floor(random() * 10000) + 1 AS BIGINT), CAST(floor(random() * 10000) + 1 AS BIGINT) "
                + "FROM range(" + range[0] + ", " + range[1] + ") t(i)";
    }
}
