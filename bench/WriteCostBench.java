///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//SOURCES ../tests/clxs/bench/HandWrittenBaseline.java ../tests/clxs/bench/BenchDirs.java
//DESCRIPTION What writing each column costs DuckDB: the largest generated tables column by column, against the hand-written baseline's columns, in one run

import clxs.DemoCatalog;
import clxs.bench.BenchDirs;
import clxs.bench.HandWrittenBaseline;
import clxs.engine.LocalCatalogs;
import clxs.engine.LocalEngine;
import clxs.industries.Industries;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a local run's write time goes, column by column. Generating a row costs two things in
 * DuckDB: computing its values (the projection) and compressing and writing them (the insert's
 * sink, which DuckDB's {@code EXPLAIN ANALYZE} shows as the larger part). This bench measures the
 * second for every column of the largest generated tables and for the hand-written baseline's ten
 * columns, the same way in the same run (machines here are noisy):
 *
 * <ol>
 *   <li>generates all ten industries flat (no medallion, governance or volumes; the realistic
 *       data-quality profile) at {@code --scale} into a temporary directory;
 *   <li>for each of the {@code --tables} largest tables, copies up to {@code --sample-rows} rows into
 *       an in-memory temporary table, then times copying each column alone into a table of a
 *       database file and checkpointing it, on one DuckDB thread, best of two;
 *   <li>does the same for the baseline's rows ({@link HandWrittenBaseline#rows}).
 * </ol>
 *
 * A column's cost at scale is its nanoseconds per row times its table's rows. The report sums them
 * per type and compression, lists the dearest columns, and compares the write cost of an average
 * generated row (the row-weighted sum over the measured tables' columns) with a baseline row.
 *
 *   ./jbang bench/WriteCostBench.java [--scale 0.01] [--tables 40] [--sample-rows 1000000]
 *
 * The temporary directory is deleted at the end, also after a failure.
 */
public class WriteCostBench {

    /** One column's measured write cost. */
    record ColumnCost(String table, String column, String type, String compression, double nsPerRow, long tableRows) {
        double secondsAtScale() {
            return nsPerRow * tableRows / 1e9;
        }
    }

    public static void main(String... args) throws Exception {
        double scale = 0.01;
        int tables = 40;
        long sampleRows = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--tables" -> tables = Integer.parseInt(args[++i]);
                case "--sample-rows" -> sampleRows = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (--scale, --tables, --sample-rows)");
            }
        }
        if (scale <= 0 || tables < 1 || sampleRows < 1000) throw new IllegalArgumentException("--scale > 0, --tables >= 1, --sample-rows >= 1000");
        Path dir = BenchDirs.create("clxs-writecost");
        try {
            run(dir, scale, tables, sampleRows);
        } finally {
            BenchDirs.delete(dir);
        }
    }

    static void run(Path dir, double scale, int tables, long sampleRows) throws Exception {
        DemoCatalog demo = DemoCatalog.named("bench").industries(Industries.all()).scale(scale).seed(1).dropExisting(true)
                .medallion(false).createVolumes(false).ucBestPractices(false);
        System.out.printf("Generating all ten industries flat at scale %s (%,d rows) ...%n", scale, demo.rows());
        RunResult result = demo.generate(LocalEngine.in(dir));
        if (!result.succeeded()) throw new IllegalStateException(result.toString());
        Path catalog = new LocalCatalogs(dir).file("bench");

        List<ColumnCost> costs = new ArrayList<>();
        List<ColumnCost> baseline;
        long measuredRows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("writecost.duckdb")); Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            s.execute("ATTACH '" + catalog.toString().replace("'", "''") + "' AS bench (READ_ONLY)");
            List<String[]> largest = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT schema_name, table_name, estimated_size FROM duckdb_tables() WHERE database_name = 'bench' "
                    + "ORDER BY estimated_size DESC LIMIT " + tables)) {
                while (rs.next()) largest.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
            if (largest.isEmpty()) throw new IllegalStateException("the generated catalog has no tables");
            for (String[] t : largest) {
                long rows = Long.parseLong(t[2]);
                measuredRows += rows;
                s.execute("CREATE OR REPLACE TEMP TABLE sample AS SELECT * FROM bench." + t[0] + "." + t[1] + " LIMIT " + sampleRows);
                costs.addAll(measureColumns(s, t[0] + "." + t[1], rows));
                System.out.printf("  %-36s %,12d rows measured%n", t[0] + "." + t[1], rows);
            }
            s.execute("CREATE OR REPLACE TEMP TABLE sample (" + HandWrittenBaseline.COLUMNS + ")");
            s.execute("INSERT INTO sample " + HandWrittenBaseline.rows(new long[] {1, sampleRows + 1}));
            baseline = measureColumns(s, "baseline", 1);
        }
        report(costs, baseline, measuredRows, scale, sampleRows);
    }

    /** Each column of the temp table {@code sample} copied alone into a persistent table and checkpointed, best of two. */
    static List<ColumnCost> measureColumns(Statement s, String table, long tableRows) throws SQLException {
        long n;
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sample")) {
            rs.next();
            n = rs.getLong(1);
        }
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = 'sample' ORDER BY column_index")) {
            while (rs.next()) columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        List<ColumnCost> out = new ArrayList<>();
        for (String[] col : columns) {
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 2; round++) {
                s.execute("DROP TABLE IF EXISTS main.one_column");
                s.execute("CHECKPOINT");
                long t0 = System.nanoTime();
                s.execute("CREATE TABLE main.one_column AS SELECT \"" + col[0] + "\" FROM sample");
                s.execute("CHECKPOINT");
                best = Math.min(best, (System.nanoTime() - t0) / (double) n);
            }
            String compression;
            try (ResultSet rs = s.executeQuery("SELECT string_agg(DISTINCT compression, ',') FROM pragma_storage_info('main.one_column') WHERE segment_type <> 'VALIDITY'")) {
                rs.next();
                compression = rs.getString(1);
            }
            out.add(new ColumnCost(table, col[0], col[1], compression, best, tableRows));
        }
        return out;
    }

    static void report(List<ColumnCost> costs, List<ColumnCost> baseline, long measuredRows, double scale, long sampleRows) {
        double total = costs.stream().mapToDouble(ColumnCost::secondsAtScale).sum();
        Map<String, Double> byKind = new TreeMap<>();
        for (ColumnCost x : costs) byKind.merge(kind(x), x.secondsAtScale(), Double::sum);
        System.out.printf("%nWrite cost of the measured tables at scale %s (%,d rows; up to %,d rows sampled per table, one DuckDB thread): %.1f core-s%n",
                scale, measuredRows, sampleRows, total);
        System.out.println("| type, compression | core-s | share |");
        System.out.println("|---|---|---|");
        byKind.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("| %s | %.2f | %.0f%% |%n", e.getKey(), e.getValue(), 100 * e.getValue() / total));
        System.out.println("\nDearest columns:");
        System.out.println("| column | type, compression | ns/row | core-s at this scale |");
        System.out.println("|---|---|---|---|");
        costs.stream().sorted(Comparator.comparingDouble(ColumnCost::secondsAtScale).reversed()).limit(15)
                .forEach(x -> System.out.printf("| %s.%s | %s | %.0f | %.2f |%n", x.table(), x.column(), kind(x), x.nsPerRow(), x.secondsAtScale()));
        System.out.println("\nThe baseline's columns:");
        System.out.println("| column | type, compression | ns/row |");
        System.out.println("|---|---|---|");
        for (ColumnCost x : baseline) System.out.printf("| %s | %s | %.0f |%n", x.column(), kind(x), x.nsPerRow());
        double generatedRow = total * 1e9 / measuredRows;
        double baselineRow = baseline.stream().mapToDouble(ColumnCost::nsPerRow).sum();
        double strings = costs.stream().filter(x -> x.type().equals("VARCHAR")).mapToDouble(ColumnCost::secondsAtScale).sum() * 1e9 / measuredRows;
        double baselineStrings = baseline.stream().filter(x -> x.type().equals("VARCHAR")).mapToDouble(ColumnCost::nsPerRow).sum();
        System.out.printf("%nWriting an average generated row: %.0f ns (strings %.0f); a baseline row: %.0f ns (strings %.0f); ratio %.2f%n",
                generatedRow, strings, baselineRow, baselineStrings, baselineRow / generatedRow);
    }

    static String kind(ColumnCost x) {
        return x.type() + " " + x.compression();
    }
}
