///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//DESCRIPTION Local generation throughput against a hand-written DuckDB baseline, and cached CLI start-up

import clxs.DemoCatalog;
import clxs.engine.LocalEngine;
import clxs.engine.ProgressListener;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.plan.Phase;
import clxs.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throughput of local generation, as a ratio to a baseline measured in the same run (machines
 * here are noisy): a hand-written DuckDB INSERT ... SELECT ... FROM range() with ten columns of
 * random() expressions, the same row count as the generated catalog.
 *
 *   ./jbang bench/LocalGenerationBench.java [--scale 0.01] [--industries healthcare] [--runs 3] [--startup] [--layers]
 *
 * With {@code --layers} the run has every default layer and enrichment plus the star schema, and
 * the benchmark also reports each layer's share of the whole run.
 */
public class LocalGenerationBench {

    public static void main(String... args) throws Exception {
        double scale = 0.01;
        int runs = 3;
        boolean startup = false;
        boolean layers = false;
        List<Industry> industries = List.of(Industries.HEALTHCARE);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--startup" -> startup = true;
                case "--layers" -> layers = true;
                case "--industries" -> industries = args[++i].equals("all") ? Industries.all()
                        : java.util.Arrays.stream(args[++i - 1].split(",")).map(n -> Industries.byName(n).orElseThrow()).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("clxs-bench");
        DemoCatalog demo = DemoCatalog.named("bench").industries(industries).scale(scale).seed(1).dropExisting(true);
        demo = layers ? demo.starSchema() : demo.medallion(false).createVolumes(false).dqProfile(clxs.settings.DqProfile.CLEAN).ucBestPractices(false);
        long rows = demo.rows();
        System.out.printf("clxs local generation benchmark: %s at scale %s = %,d rows, %d runs, %d cores%n",
                demo.industryNames(), scale, rows, runs, Runtime.getRuntime().availableProcessors());

        List<Double> clxsTotal = new ArrayList<>();
        List<Double> clxsData = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Map<String, Double>> shares = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            baseline.add(baselineSeconds(dir, rows));
            PhaseTimer timer = new PhaseTimer();
            long t0 = System.nanoTime();
            RunResult result = demo.generate(LocalEngine.in(dir).withProgress(timer));
            double total = (System.nanoTime() - t0) / 1e9;
            if (!result.succeeded()) throw new IllegalStateException(result.toString());
            clxsTotal.add(total);
            clxsData.add(timer.seconds("data"));
            shares.add(timer.shares(total));
            System.out.printf("  run %d: baseline %.2f s, clxs %.2f s total (%.2f s inserting; phases %s)%n",
                    r + 1, baseline.get(r), total, timer.seconds("data"), timer.summary());
        }
        double base = median(baseline);
        double data = median(clxsData);
        double total = median(clxsTotal);
        System.out.println();
        System.out.println("| measure (median of " + runs + ") | seconds | rows/s | ratio to baseline |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| hand-written DuckDB INSERT ... FROM range(), 10 columns | %.2f | %,.0f | 1.00 |%n", base, rows / base);
        System.out.printf("| clxs inserts (data phase) | %.2f | %,.0f | %.2f |%n", data, rows / data, (rows / data) / (rows / base));
        System.out.printf("| clxs whole run (DDL, inserts, views, functions, counts) | %.2f | %,.0f | %.2f |%n", total, rows / total, (rows / total) / (rows / base));
        if (layers) {
            System.out.println();
            System.out.println("| part of the run (median of " + runs + ") | share of the whole run |");
            System.out.println("|---|---|");
            for (String group : PhaseTimer.GROUPS.keySet()) {
                List<Double> g = shares.stream().map(m -> m.getOrDefault(group, 0.0)).toList();
                System.out.printf("| %s | %.1f%% |%n", group, 100 * median(g));
            }
        }
        if (startup) startup();
    }

    /** Ten columns of the kinds clxs generates, with DuckDB random(): the fastest way to fill a table by hand. */
    static double baselineSeconds(Path dir, long rows) throws Exception {
        Path file = dir.resolve("baseline.duckdb");
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE claims (claim_id BIGINT, patient_id BIGINT, provider_id BIGINT, diagnosis_code VARCHAR, procedure_code VARCHAR, "
                    + "claim_amount DECIMAL(12,2), submitted_date DATE, status VARCHAR, payer_id BIGINT, facility_id BIGINT)");
            long t0 = System.nanoTime();
            s.execute("INSERT INTO claims SELECT i, "
                    + "CAST(floor(random() * 10000) + 1 AS BIGINT), CAST(floor(random() * 10000) + 1 AS BIGINT), "
                    + "'D' || lpad(CAST(CAST(floor(random() * 5000) AS INTEGER) AS VARCHAR), 5, '0'), "
                    + "'P' || lpad(CAST(CAST(floor(random() * 5000) AS INTEGER) AS VARCHAR), 5, '0'), "
                    + "CAST(round(random() * 5000, 2) AS DECIMAL(12,2)), DATE '2020-01-01' + CAST(floor(random() * 1827) AS INTEGER), "
                    + "['PAID','DENIED','APPROVED','PENDING','IN_REVIEW'][CAST(floor(random() * 5) AS INTEGER) + 1], "
                    + "CAST(floor(random() * 10000) + 1 AS BIGINT), CAST(floor(random() * 10000) + 1 AS BIGINT) "
                    + "FROM range(1, " + (rows + 1) + ") t(i)");
            double seconds = (System.nanoTime() - t0) / 1e9;
            s.execute("CHECKPOINT");
            return seconds;
        }
    }

    /** Median wall time of cached launches through the repository launcher: the CLI, a recipe alias, the catalog's CLI alias. */
    static void startup() throws Exception {
        Path root = Paths.get("").toAbsolutePath();
        for (List<String> command : List.of(List.of("./jbang", "clxs.java", "--help"), List.of("./jbang", "clxs", "--help"),
                List.of("./jbang", "quick-demo", "--help"))) {
            run(root, command); // warm the JBang cache
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long t0 = System.nanoTime();
                run(root, command);
                times.add((System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("cached `%s`: median %.2f s (min %.2f, max %.2f over 7 runs)%n", String.join(" ", command),
                    median(times), Collections.min(times), Collections.max(times));
        }
    }

    static void run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException(command + " failed");
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    /** Wall time of each phase, from the run's progress events. */
    static final class PhaseTimer implements ProgressListener {
        private final Map<String, Long> start = new ConcurrentHashMap<>();
        private final Map<String, Double> seconds = new java.util.LinkedHashMap<>();

        @Override
        public void phaseStarted(Phase phase) {
            start.put(phase.name(), System.nanoTime());
        }

        @Override
        public synchronized void phaseFinished(Phase phase) {
            seconds.put(phase.name(), (System.nanoTime() - start.get(phase.name())) / 1e9);
        }

        synchronized double seconds(String phase) {
            return seconds.getOrDefault(phase, 0.0);
        }

        /** The run's parts, by the phases they consist of. */
        static final Map<String, List<String>> GROUPS = new java.util.LinkedHashMap<>();

        static {
            GROUPS.put("generation (tables, inserts)", List.of("catalog", "schemas", "tables", "data"));
            GROUPS.put("functions and views", List.of("functions", "views"));
            GROUPS.put("data-quality issues", List.of("quality", "duplicates"));
            GROUPS.put("medallion (bronze, silver, gold)", List.of("bronze", "silver", "gold"));
            GROUPS.put("star schema", List.of("star dimensions", "star facts"));
            GROUPS.put("version history, constraints, governance", List.of("history 1", "history 2", "primary keys", "foreign keys", "checks", "governance",
                    "optimize", "access"));
            GROUPS.put("volumes and samples", List.of("volumes", "samples", "files"));
            GROUPS.put("foreign-key audit", List.of("audit"));
        }

        /** Each group's share of {@code total} seconds (the rest is opening, counting rows and moving files). */
        synchronized Map<String, Double> shares(double total) {
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            GROUPS.forEach((group, phases) -> out.put(group, phases.stream().mapToDouble(p -> seconds.getOrDefault(p, 0.0)).sum() / total));
            return out;
        }

        synchronized String summary() {
            StringBuilder b = new StringBuilder();
            seconds.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(String.format("%.2f", v)));
            return b.toString();
        }
    }
}
