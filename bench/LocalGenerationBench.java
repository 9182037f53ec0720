///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//SOURCES ../tests/clxs/bench/HandWrittenBaseline.java ../tests/clxs/bench/PairedRatios.java ../tests/clxs/bench/BenchDirs.java ../tests/clxs/bench/PhaseTimer.java
//DESCRIPTION Local generation throughput against a hand-written DuckDB baseline, and cached CLI start-up

import clxs.DemoCatalog;
import clxs.bench.BenchDirs;
import clxs.bench.HandWrittenBaseline;
import clxs.bench.PairedRatios;
import clxs.bench.PhaseTimer;
import clxs.engine.LocalEngine;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Throughput of local generation, as a ratio to a baseline measured in the same run (machines
 * here are noisy): hand-written DuckDB INSERT ... SELECT ... FROM range() with ten columns of
 * random() expressions, the same row count as the generated catalog, split into as many
 * concurrent INSERTs as cores (one alone runs on one core; clxs uses them all). Each run measures
 * the baseline and clxs back to back; the ratios are the medians of those per-run ratios.
 *
 *   ./jbang bench/LocalGenerationBench.java [--scale 0.01] [--industries healthcare] [--runs 3] [--startup] [--layers] [--one-core-baseline]
 *
 * With {@code --layers} the run has every default layer and enrichment plus the star schema, and
 * the benchmark also reports each layer's share of the whole run. {@code --one-core-baseline}
 * also measures the single INSERT that earlier figures were against. Its temporary directory is
 * deleted at the end, also after a failure or Ctrl-C.
 */
public class LocalGenerationBench {

    public static void main(String... args) throws Exception {
        double scale = 0.01;
        int runs = 3;
        boolean startup = false;
        boolean layers = false;
        boolean oneCore = false;
        List<Industry> industries = List.of(Industries.HEALTHCARE);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--startup" -> startup = true;
                case "--layers" -> layers = true;
                case "--one-core-baseline" -> oneCore = true;
                case "--industries" -> industries = args[++i].equals("all") ? Industries.all()
                        : java.util.Arrays.stream(args[++i - 1].split(",")).map(n -> Industries.byName(n).orElseThrow()).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = BenchDirs.create("clxs-bench");
        try {
            measure(dir, industries, scale, runs, layers, oneCore);
        } finally {
            BenchDirs.delete(dir);
        }
        if (startup) startup();
    }

    static void measure(Path dir, List<Industry> industries, double scale, int runs, boolean layers, boolean oneCore) throws Exception {
        DemoCatalog demo = DemoCatalog.named("bench").industries(industries).scale(scale).seed(1).dropExisting(true);
        demo = layers ? demo.starSchema() : demo.medallion(false).createVolumes(false).dqProfile(clxs.settings.DqProfile.CLEAN).ucBestPractices(false);
        long rows = demo.rows();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("clxs local generation benchmark: %s at scale %s = %,d rows, %d runs, %d cores, load average %s%n",
                demo.industryNames(), scale, rows, runs, cores, loadAverage());

        List<Double> clxsTotal = new ArrayList<>();
        List<Double> clxsData = new ArrayList<>();
        List<Double> baseInsert = new ArrayList<>();
        List<Double> baseTotal = new ArrayList<>();
        List<Double> oneCoreInsert = new ArrayList<>();
        List<Map<String, Double>> shares = new ArrayList<>();
        Path baselineFile = dir.resolve("baseline.duckdb");
        for (int r = 0; r < runs; r++) {
            if (oneCore) {
                oneCoreInsert.add(HandWrittenBaseline.single(baselineFile, rows).insertSeconds());
            }
            HandWrittenBaseline.Timing base = HandWrittenBaseline.concurrent(baselineFile, rows);
            Files.deleteIfExists(baselineFile);
            baseInsert.add(base.insertSeconds());
            baseTotal.add(base.totalSeconds());
            PhaseTimer timer = new PhaseTimer();
            long t0 = System.nanoTime();
            RunResult result = demo.generate(LocalEngine.in(dir).withProgress(timer));
            double total = (System.nanoTime() - t0) / 1e9;
            if (!result.succeeded()) throw new IllegalStateException(result.toString());
            clxsTotal.add(total);
            clxsData.add(timer.seconds("data"));
            shares.add(timer.shares(total));
            System.out.printf("  run %d (load %s): baseline %.2f s inserting + %.2f s checkpoint%s, clxs %.2f s total (%.2f s inserting; phases %s)%n",
                    r + 1, loadAverage(), base.insertSeconds(), base.checkpointSeconds(),
                    oneCore ? String.format(" (one statement: %.2f s)", oneCoreInsert.get(r)) : "", total, timer.seconds("data"), timer.summary());
        }
        System.out.println();
        System.out.println("| measure (median of " + runs + " runs) | seconds | rows/s | speed ratio to the baseline, median of per-run ratios |");
        System.out.println("|---|---|---|---|");
        if (oneCore) {
            System.out.printf("| one hand-written INSERT ... FROM range() (one core; the old baseline) | %.2f | %,.0f | %.2f |%n",
                    median(oneCoreInsert), rows / median(oneCoreInsert), PairedRatios.medianSpeedRatio(baseInsert, oneCoreInsert));
        }
        System.out.printf("| hand-written DuckDB INSERT ... FROM range(), 10 columns, %d concurrent statements | %.2f | %,.0f | 1.00 |%n", cores,
                median(baseInsert), rows / median(baseInsert));
        System.out.printf("| the same, with the CHECKPOINT that writes the file | %.2f | %,.0f | 1.00 |%n", median(baseTotal), rows / median(baseTotal));
        System.out.printf("| clxs inserts (data phase), to the baseline's inserts | %.2f | %,.0f | %.2f |%n", median(clxsData), rows / median(clxsData),
                PairedRatios.medianSpeedRatio(baseInsert, clxsData));
        System.out.printf("| clxs whole run (DDL, inserts, %s), to the baseline with its checkpoint | %.2f | %,.0f | %.2f |%n",
                layers ? "every layer, star schema, audit" : "views, functions, counts", median(clxsTotal), rows / median(clxsTotal),
                PairedRatios.medianSpeedRatio(baseTotal, clxsTotal));
        if (layers) {
            System.out.println();
            System.out.println("| part of the run (median of " + runs + ") | share of the whole run |");
            System.out.println("|---|---|");
            for (String group : PhaseTimer.GROUPS.keySet()) {
                List<Double> g = shares.stream().map(m -> m.getOrDefault(group, 0.0)).toList();
                System.out.printf("| %s | %.1f%% |%n", group, 100 * median(g));
            }
        }
    }

    /** The 1, 5 and 15 minute load averages, from /proc/loadavg ("n/a" where there is none). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "n/a";
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
        return PairedRatios.median(xs);
    }
}
