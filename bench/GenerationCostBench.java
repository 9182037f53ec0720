///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//SOURCES ../tests/clxs/bench/HandWrittenBaseline.java ../tests/clxs/bench/BenchDirs.java
//DESCRIPTION What generating each table costs DuckDB, computing and writing, against the hand-written baseline's rows, in one run

import clxs.DemoCatalog;
import clxs.bench.BenchDirs;
import clxs.bench.HandWrittenBaseline;
import clxs.industries.Industries;
import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.sql.Dialect;
import clxs.sql.StepRenderer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the data phase's gap to the hand-written baseline is, table by table and column by column.
 * The data phase runs one {@code INSERT ... SELECT ... FROM range()} per batch; this bench runs the
 * first batch of each table of the plan, cut to {@code --rows} rows, exactly as a local run renders
 * it, into the table as a local run creates it, on one DuckDB thread, best of two:
 *
 * <ul>
 *   <li><b>insert</b>: the statement and a checkpoint (computing, compressing, writing);
 *   <li><b>compute</b>: the same SELECT with {@code max()} of every column, nothing written;
 *   <li>the same two for the baseline's rows ({@link HandWrittenBaseline#rows}), in the same run.
 * </ul>
 *
 * A table's <em>excess</em> is what its rows cost at {@code --scale} beyond the same number of
 * baseline rows (ns/row over the baseline's, times its rows at that scale): the tables at the top
 * are where the data phase loses to the baseline. For the {@code --columns-of} tables with the
 * largest excess it then times each column alone (the SELECT's other columns pruned by DuckDB):
 * computed and written, and computed only.
 *
 *   ./jbang bench/GenerationCostBench.java [--scale 0.1] [--rows 1000000] [--columns-of 5]
 *
 * Its database file lives in a temporary directory, deleted at the end, also after a failure.
 */
public class GenerationCostBench {

    /** One statement's best time over two rounds, as ns per row: inserted (and checkpointed), and computed only. */
    record Cost(double insertNs, double computeNs) {}

    /** A table's first batch, cut to {@code rows}, its SELECT, and the table's rows at the scale. */
    record Measured(String table, long rowsAtScale, long rows, String select, Cost cost) {
        double excessSeconds(Cost baseline) {
            return (cost.insertNs() - baseline.insertNs()) * rowsAtScale / 1e9;
        }
    }

    public static void main(String... args) throws Exception {
        double scale = 0.1;
        long rows = 1_000_000;
        int columnsOf = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--columns-of" -> columnsOf = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (--scale, --rows, --columns-of)");
            }
        }
        if (scale <= 0 || rows < 10_000 || columnsOf < 0) throw new IllegalArgumentException("--scale > 0, --rows >= 10000, --columns-of >= 0");
        Path dir = BenchDirs.create("clxs-gencost");
        try {
            run(dir, scale, rows, columnsOf);
        } finally {
            BenchDirs.delete(dir);
        }
    }

    static void run(Path dir, double scale, long rows, int columnsOf) throws Exception {
        // the plan a flat local run executes (the realistic data-quality profile's NULLs and outliers are in its inserts)
        Plan plan = DemoCatalog.named("bench").industries(Industries.all()).scale(scale).seed(1)
                .medallion(false).createVolumes(false).ucBestPractices(false).plan();
        StepRenderer duckdb = new StepRenderer(Dialect.DUCKDB);
        Map<String, Step.InsertRows> firstBatch = new LinkedHashMap<>();
        Map<String, Long> rowsAtScale = new LinkedHashMap<>();
        for (Step.InsertRows r : plan.steps(Step.InsertRows.class)) {
            String name = r.table().shortName();
            rowsAtScale.merge(name, r.rows(), Long::sum);
            firstBatch.merge(name, r, (a, b) -> a.firstId() <= b.firstId() ? a : b);
        }
        if (firstBatch.isEmpty()) throw new IllegalStateException("the plan inserts no rows");
        Map<ObjectName, Step.CreateTable> creates = new HashMap<>();
        for (Step.CreateTable t : plan.steps(Step.CreateTable.class)) creates.put(t.table(), t);
        System.out.printf("All ten industries flat at scale %s: %,d tables, %,d rows; each table's first batch cut to %,d rows, one DuckDB thread, best of two%n",
                scale, firstBatch.size(), rowsAtScale.values().stream().mapToLong(Long::longValue).sum(), rows);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("bench.duckdb")); Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            for (Step.CreateSchema schema : plan.steps(Step.CreateSchema.class)) execute(s, duckdb.render(schema).statements());
            Cost baseline = measure(s, "main.baseline", "CREATE TABLE main.baseline (" + HandWrittenBaseline.COLUMNS + ")",
                    "INSERT INTO main.baseline " + HandWrittenBaseline.rows(new long[] {1, rows + 1}));
            List<Measured> measured = new ArrayList<>();
            for (Map.Entry<String, Step.InsertRows> e : firstBatch.entrySet()) {
                Step.InsertRows first = e.getValue();
                long n = Math.min(rows, first.rows());
                Step.InsertRows cut = new Step.InsertRows(first.table(), first.projection(), first.firstId(), first.firstId() + n - 1, first.industry());
                Step.CreateTable create = creates.get(first.table());
                String insert = single(duckdb.render(cut).statements());
                String table = duckdb.qualified(first.table());
                // the CREATE TABLE (with its CHECKs, which a local run declares there); its comments are left out
                Cost cost = measure(s, table, duckdb.render(create).statements().get(0), insert);
                // the per-row figures of a table cut shorter than --rows still compare: both are per row
                measured.add(new Measured(e.getKey(), rowsAtScale.get(e.getKey()), n, selectOf(insert), cost));
                System.out.printf("  %-36s %6.0f ns/row inserted, %6.0f computed%n", e.getKey(), cost.insertNs(), cost.computeNs());
            }
            measured.sort(Comparator.comparingDouble((Measured m) -> m.excessSeconds(baseline)).reversed());
            report(measured, baseline, scale);
            for (Measured m : measured.subList(0, Math.min(columnsOf, measured.size()))) columns(s, m);
        }
    }

    /** Creates the table, then times the insert plus a checkpoint and the computation alone, best of two each. */
    static Cost measure(Statement s, String table, String create, String insert) throws SQLException {
        String select = selectOf(insert);
        double inserted = Double.MAX_VALUE;
        double computed = Double.MAX_VALUE;
        long rows = 0;
        for (int round = 0; round < 2; round++) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute(create);
            s.execute("CHECKPOINT");
            long t0 = System.nanoTime();
            rows = s.executeUpdate(insert);
            s.execute("CHECKPOINT");
            inserted = Math.min(inserted, System.nanoTime() - t0);
            t0 = System.nanoTime();
            consume(s, "SELECT max(COLUMNS(*)) FROM (" + select + ")");
            computed = Math.min(computed, System.nanoTime() - t0);
        }
        if (rows < 1) throw new IllegalStateException("no rows inserted into " + table);
        s.execute("DROP TABLE " + table);
        return new Cost(inserted / rows, computed / rows);
    }

    /** Each column alone: computed and written into a new table, and computed only. */
    static void columns(Statement s, Measured m) throws SQLException {
        String select = m.select();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE " + select)) {
            while (rs.next()) names.add(rs.getString(1));
        }
        System.out.printf("%n%s (%.0f ns/row inserted): each column alone, ns/row%n", m.table(), m.cost().insertNs());
        System.out.println("| column | computed and written | computed |");
        System.out.println("|---|---|---|");
        for (String name : names) {
            String one = "SELECT \"" + name.replace("\"", "\"\"") + "\" AS c FROM (" + select + ")";
            double written = Double.MAX_VALUE;
            double computed = Double.MAX_VALUE;
            for (int round = 0; round < 2; round++) {
                s.execute("DROP TABLE IF EXISTS main.one_column");
                s.execute("CHECKPOINT");
                long t0 = System.nanoTime();
                s.execute("CREATE TABLE main.one_column AS " + one);
                s.execute("CHECKPOINT");
                written = Math.min(written, System.nanoTime() - t0);
                t0 = System.nanoTime();
                consume(s, "SELECT max(c) FROM (" + one + ")");
                computed = Math.min(computed, System.nanoTime() - t0);
            }
            System.out.printf("| %s | %.0f | %.0f |%n", name, written / m.rows(), computed / m.rows());
        }
        s.execute("DROP TABLE IF EXISTS main.one_column");
    }

    /** {@code measured} comes sorted by excess, largest first. */
    static void report(List<Measured> measured, Cost baseline, double scale) {
        long total = measured.stream().mapToLong(Measured::rowsAtScale).sum();
        double insertNs = measured.stream().mapToDouble(m -> m.cost().insertNs() * m.rowsAtScale()).sum() / total;
        double computeNs = measured.stream().mapToDouble(m -> m.cost().computeNs() * m.rowsAtScale()).sum() / total;
        System.out.printf("%nA baseline row: %.0f ns inserted, %.0f computed. An average generated row (weighted by rows at %s): %.0f inserted, %.0f computed.%n",
                baseline.insertNs(), baseline.computeNs(), scale, insertNs, computeNs);
        System.out.printf("Rows per second, one thread, generated / baseline: %.2f (inserted), %.2f (computed)%n",
                baseline.insertNs() / insertNs, baseline.computeNs() / computeNs);
        double excess = measured.stream().mapToDouble(m -> Math.max(0, m.excessSeconds(baseline))).sum();
        System.out.printf("%nWhere the gap is: core-seconds beyond the baseline's for the same rows at scale %s (%.1f in all, tables slower than the baseline)%n", scale, excess);
        System.out.println("| table | rows | ns/row inserted | computed | to the baseline | excess core-s | share |");
        System.out.println("|---|---|---|---|---|---|---|");
        measured.stream().limit(15)
                .forEach(m -> System.out.printf("| %s | %,d | %.0f | %.0f | %.2f | %.1f | %.0f%% |%n", m.table(), m.rowsAtScale(), m.cost().insertNs(),
                        m.cost().computeNs(), baseline.insertNs() / m.cost().insertNs(), m.excessSeconds(baseline),
                        100 * Math.max(0, m.excessSeconds(baseline)) / excess));
    }

    static void execute(Statement s, List<String> statements) throws SQLException {
        for (String sql : statements) s.execute(sql);
    }

    /** The SELECT an {@code INSERT INTO <table> SELECT ...} runs. */
    static String selectOf(String insert) {
        return insert.substring(insert.indexOf("SELECT"));
    }

    static String single(List<String> statements) {
        if (statements.size() != 1) throw new IllegalStateException("expected one statement, got " + statements);
        return statements.get(0);
    }

    static void consume(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) throw new IllegalStateException("no result from " + sql);
        }
    }
}
