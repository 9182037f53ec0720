///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//SOURCES ../tests/clxs/bench/HandWrittenBaseline.java ../tests/clxs/bench/PairedRatios.java ../tests/clxs/bench/BenchDirs.java ../tests/clxs/bench/PhaseTimer.java
//DESCRIPTION Local generation throughput against a hand-written DuckDB baseline, and cached CLI start-up (--startup, --startup-only)

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
import java.util.LinkedHashMap;
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
 *   ./jbang bench/LocalGenerationBench.java --startup-only [--startup-rounds 9]
 *
 * With {@code --layers} the run has every default layer and enrichment plus the star schema, and
 * the benchmark also reports each layer's share of the whole run. The baseline writes as many rows
 * as the catalog's tables get, the layers' copies (star-schema facts, bronze) included, as
 * {@code preview} counts them; the data phase, which writes only the generated rows, is compared
 * by rows per second. {@code --one-core-baseline}
 * also measures the single INSERT that earlier figures were against. Its temporary directory is
 * deleted at the end, also after a failure or Ctrl-C.
 */
public class LocalGenerationBench {

    public static void main(String... args) throws Exception {
        double scale = 0.01;
        int runs = 3;
        boolean startup = false;
        boolean startupOnly = false;
        int rounds = 9;
        boolean layers = false;
        boolean oneCore = false;
        List<Industry> industries = List.of(Industries.HEALTHCARE);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--startup" -> startup = true;
                case "--startup-only" -> startup = startupOnly = true;
                case "--startup-rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--layers" -> layers = true;
                case "--one-core-baseline" -> oneCore = true;
                case "--industries" -> industries = args[++i].equals("all") ? Industries.all()
                        : java.util.Arrays.stream(args[++i - 1].split(",")).map(n -> Industries.byName(n).orElseThrow()).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!startupOnly) {
            Path dir = BenchDirs.create("clxs-bench");
            try {
                measure(dir, industries, scale, runs, layers, oneCore);
            } finally {
                BenchDirs.delete(dir);
            }
        }
        if (startup) startup(rounds);
    }

    static void measure(Path dir, List<Industry> industries, double scale, int runs, boolean layers, boolean oneCore) throws Exception {
        DemoCatalog demo = DemoCatalog.named("bench").industries(industries).scale(scale).seed(1).dropExisting(true);
        demo = layers ? demo.starSchema() : demo.medallion(false).createVolumes(false).dqProfile(clxs.settings.DqProfile.CLEAN).ucBestPractices(false);
        long rows = demo.rows();
        long written = demo.preview().totalRows();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("clxs local generation benchmark: %s at scale %s = %,d rows generated, %,d written, %d runs, %d cores, load average %s%n",
                demo.industryNames(), scale, rows, written, runs, cores, loadAverage());

        List<Double> clxsTotal = new ArrayList<>();
        List<Double> clxsData = new ArrayList<>();
        List<Double> baseInsert = new ArrayList<>();
        List<Double> baseTotal = new ArrayList<>();
        List<Double> oneCoreInsert = new ArrayList<>();
        List<Map<String, Double>> shares = new ArrayList<>();
        Path baselineFile = dir.resolve("baseline.duckdb");
        for (int r = 0; r < runs; r++) {
            if (oneCore) {
                oneCoreInsert.add(HandWrittenBaseline.single(baselineFile, written).insertSeconds());
            }
            HandWrittenBaseline.Timing base = HandWrittenBaseline.concurrent(baselineFile, written);
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
                    median(oneCoreInsert), written / median(oneCoreInsert), PairedRatios.medianSpeedRatio(baseInsert, oneCoreInsert));
        }
        System.out.printf("| hand-written DuckDB INSERT ... FROM range(), 10 columns, %d concurrent statements | %.2f | %,.0f | 1.00 |%n", cores,
                median(baseInsert), written / median(baseInsert));
        System.out.printf("| the same, with the CHECKPOINT that writes the file | %.2f | %,.0f | 1.00 |%n", median(baseTotal), written / median(baseTotal));
        System.out.printf("| clxs inserts (data phase: the generated rows), rows/s to the baseline's inserts | %.2f | %,.0f | %.2f |%n", median(clxsData),
                rows / median(clxsData), PairedRatios.medianRateRatio(baseInsert, written, clxsData, rows));
        System.out.printf("| clxs whole run (DDL, inserts, %s), to the baseline with its checkpoint | %.2f | %,.0f | %.2f |%n",
                layers ? "every layer, star schema, audit" : "views, functions, counts", median(clxsTotal), written / median(clxsTotal),
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

    /**
     * Cached start-up as a user meets it: every launch a fresh {@code bash -c} from the repository
     * root, after one warm-up launch of each (builds, the launcher's cached command). Each round runs
     * every command once, back to back; besides median seconds, each command is reported as the
     * median of its per-round ratios to the bare clxs JVM (the java command the launcher execs) and
     * to {@code java -version}, since machines here are noisy.
     */
    static void startup(int rounds) throws Exception {
        Path root = Paths.get("").toAbsolutePath();
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("`java -version`", java() + " -Xshare:auto -version");
        String bare = bareClxs(root);
        commands.put("the bare clxs JVM: `java <clxs.java's options> -cp <its classpath> clxs --help`", bare + " --help");
        // AppCDS, measured for the record: the launcher does not use it
        Path cds = BenchDirs.create("clxs-cds");
        String jsa = cds.resolve("clxs.jsa").toString();
        run(root, bare.replace(" -cp ", " -XX:ArchiveClassesAtExit=" + jsa + " -cp ") + " --help");
        commands.put("the bare clxs JVM with an AppCDS archive of `--help` (not used by the launcher)",
                bare.replace(" -cp ", " -XX:SharedArchiveFile=" + jsa + " -cp ") + " --help");
        commands.put("`./jbang clxs.java --help`", "./jbang clxs.java --help");
        commands.put("`./jbang clxs.java --help` through JBang (`JBANG_BOOTSTRAP_FAST=0`, as before the cached launch)",
                "JBANG_BOOTSTRAP_FAST=0 ./jbang clxs.java --help");
        commands.put("`./jbang clxs --help` (the catalog alias, through JBang)", "./jbang clxs --help");
        commands.put("`./jbang quick-demo --help` (a recipe alias, through JBang)", "./jbang quick-demo --help");
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try {
            for (String c : commands.values()) run(root, c);
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, String> c : commands.entrySet()) {
                    long t0 = System.nanoTime();
                    run(root, c.getValue());
                    times.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e9);
                }
            }
        } finally {
            BenchDirs.delete(cds);
        }
        List<Double> javaVersion = times.get(commands.keySet().iterator().next());
        List<Double> bareTimes = new ArrayList<>(times.values()).get(1);
        System.out.printf("%ncached start-up, %d rounds, %d cores, load average %s%n%n", rounds, Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("| command (a fresh `bash -c` each) | median | range | to the bare clxs JVM | to `java -version` |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<String, List<Double>> t : times.entrySet()) {
            List<Double> xs = t.getValue();
            System.out.printf("| %s | %.2f s | %.2f to %.2f s | %.2f | %.2f |%n", t.getKey(), median(xs), Collections.min(xs), Collections.max(xs),
                    median(ratios(xs, bareTimes)), median(ratios(xs, javaVersion)));
        }
    }

    static List<Double> ratios(List<Double> xs, List<Double> baseline) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) r.add(xs.get(i) / baseline.get(i));
        return r;
    }

    static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The java command JBang runs for clxs.java: its //JAVA_OPTIONS and the classpath JBang resolved. */
    static String bareClxs(Path root) throws Exception {
        String options = Files.readAllLines(root.resolve("clxs.java")).stream().filter(l -> l.startsWith("//JAVA_OPTIONS "))
                .map(l -> l.substring("//JAVA_OPTIONS ".length())).findFirst().orElse("");
        Process p = new ProcessBuilder("./jbang", "info", "classpath", "clxs.java").directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String classpath = new String(p.getInputStream().readAllBytes()).trim();
        if (p.waitFor() != 0 || classpath.isEmpty()) throw new IllegalStateException("jbang info classpath clxs.java failed");
        return java() + " " + options + " -cp '" + classpath + "' clxs";
    }

    static void run(Path dir, String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException(command + " failed");
    }

    static double median(List<Double> xs) {
        return PairedRatios.median(xs);
    }
}
