///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//SOURCES ../tests/clxs/bench/HandWrittenBaseline.java ../tests/clxs/bench/PairedRatios.java ../tests/clxs/bench/BenchDirs.java ../tests/clxs/bench/PhaseTimer.java ../tests/clxs/bench/ScalingPoint.java
//DESCRIPTION Scaling curve of local generation: all ten industries, flat and layered, against raw DuckDB writing the same rows

import clxs.DemoCatalog;
import clxs.bench.BenchDirs;
import clxs.bench.HandWrittenBaseline;
import clxs.bench.PairedRatios;
import clxs.bench.PhaseTimer;
import clxs.bench.ScalingPoint;
import clxs.engine.LocalCatalogs;
import clxs.engine.LocalEngine;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.result.RunResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The scaling curve of local generation: all ten industries (a) flat (no medallion, clean data,
 * no UC best practices, no volumes) and (b) with every default layer plus the star schema, at
 * growing scales. Each measured run is a fresh child JVM (the options of {@code clxs.java}), so its
 * peak RSS (VmHWM) is that run's own; in the same run, back to back, raw DuckDB writes the same
 * row count with as many concurrent INSERTs as cores (also in a child JVM): every row the
 * catalog's tables get, the layers' copies (star-schema facts, bronze) included, as {@code preview}
 * counts them. Ratios are medians of the per-run ratios; the data phase's is a ratio of rows per
 * second. Every temporary directory is deleted, also after a failure or Ctrl-C.
 *
 *   ./jbang bench/ScalingBench.java [--scales 0.001,0.01,0.1] [--modes flat,layered] [--runs N]
 *                                   [--industries all] [--time-budget-min 60] [--disk-budget-gb G]
 *
 * Runs default to 3 below scale 0.1, 2 at 0.1 and 1 above. Before each point the bench predicts its
 * time and disk from the previous scale's point (growing as measured between the last two, else
 * linearly) and skips it, saying so, when that exceeds what is left of the budgets; a run still
 * going when the time budget ends is stopped and reported.
 */
public class ScalingBench {

    static final String RESULT = "RESULT ";
    /** A child's result on one line (the library's mapper indents). */
    static final ObjectMapper LINE = new ObjectMapper();

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            Child.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        List<Double> scales = List.of(0.001, 0.01, 0.1);
        List<String> modes = List.of("flat", "layered");
        Integer runs = null;
        String industries = "all";
        double timeBudgetMin = 60;
        Double diskBudgetGb = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scales" -> scales = Arrays.stream(args[++i].split(",")).map(Double::parseDouble).sorted().toList();
                case "--modes" -> modes = List.of(args[++i].split(","));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--industries" -> industries = args[++i];
                case "--time-budget-min" -> timeBudgetMin = Double.parseDouble(args[++i]);
                case "--disk-budget-gb" -> diskBudgetGb = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        for (String m : modes) if (!m.equals("flat") && !m.equals("layered")) throw new IllegalArgumentException("mode must be flat or layered: " + m);
        new Curve(scales, modes, runs, industries, timeBudgetMin, diskBudgetGb).run();
    }

    /** The demo of a mode: flat is LocalGenerationBench without --layers; layered is every default layer plus the star schema. */
    static DemoCatalog demo(String industries, double scale, String mode) {
        List<Industry> chosen = industries.equals("all") ? Industries.all()
                : Arrays.stream(industries.split(",")).map(n -> Industries.byName(n).orElseThrow()).toList();
        DemoCatalog demo = DemoCatalog.named("bench").industries(chosen).scale(scale).seed(1).dropExisting(true);
        return mode.equals("layered") ? demo.starSchema()
                : demo.medallion(false).createVolumes(false).dqProfile(clxs.settings.DqProfile.CLEAN).ucBestPractices(false);
    }

    /** One measured run in a fresh JVM; prints one {@code RESULT {json}} line. */
    static final class Child {
        static void main(String... args) throws Exception {
            Path dir = Path.of(args[1]);
            Map<String, Object> out = new LinkedHashMap<>();
            if (args[0].equals("baseline")) {
                long rows = Long.parseLong(args[2]);
                Path file = dir.resolve("baseline.duckdb");
                HandWrittenBaseline.Timing t = HandWrittenBaseline.concurrent(file, rows);
                out.put("rows", rows);
                out.put("insert_seconds", t.insertSeconds());
                out.put("total_seconds", t.totalSeconds());
                out.put("statements", t.statements());
                out.put("file_bytes", BenchDirs.size(dir));
            } else {
                DemoCatalog demo = demo(args[4], Double.parseDouble(args[2]), args[3]);
                PhaseTimer timer = new PhaseTimer();
                long t0 = System.nanoTime();
                RunResult result = demo.generate(LocalEngine.in(dir).withProgress(timer));
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (!result.succeeded()) throw new IllegalStateException(result.toString());
                out.put("total_seconds", seconds);
                out.put("data_seconds", timer.seconds("data"));
                out.put("generated_rows", demo.rows());
                out.put("catalog_rows", result.totalRows());
                out.put("file_bytes", Files.size(new LocalCatalogs(dir).file("bench")));
                out.put("dir_bytes", BenchDirs.size(dir));
                out.put("groups", timer.groupSeconds());
                out.put("phases", timer.phaseSeconds());
            }
            out.put("peak_rss_bytes", peakRss());
            System.out.println(RESULT + LINE.writeValueAsString(out));
        }

        /** This process's peak resident set (VmHWM): the JVM and DuckDB's native memory together. */
        static long peakRss() throws Exception {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
            return -1;
        }
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "n/a";
        }
    }

    /** The JVM options users get: {@code //JAVA_OPTIONS} of clxs.java at the repository root. */
    static List<String> clxsJavaOptions() throws Exception {
        Path launcher = Path.of("clxs.java");
        if (!Files.exists(launcher)) launcher = Path.of("..", "clxs.java");
        if (!Files.exists(launcher)) return List.of();
        return Files.readAllLines(launcher).stream().filter(l -> l.startsWith("//JAVA_OPTIONS ")).findFirst()
                .map(l -> List.of(l.substring("//JAVA_OPTIONS ".length()).trim().split("\\s+"))).orElse(List.of());
    }

    /** The measuring loop, its budgets and the report. */
    static final class Curve {
        final List<Double> scales;
        final List<String> modes;
        final Integer runs;
        final String industries;
        final long deadline;
        final Double diskBudgetGb;
        final List<String> javaCommand = new ArrayList<>();
        final List<ScalingPoint> points = new ArrayList<>();
        final List<String> stops = new ArrayList<>();
        volatile Process child;
        volatile Path current;

        Curve(List<Double> scales, List<String> modes, Integer runs, String industries, double timeBudgetMin, Double diskBudgetGb) throws Exception {
            this.scales = scales;
            this.modes = modes;
            this.runs = runs;
            this.industries = industries;
            this.deadline = System.nanoTime() + (long) (timeBudgetMin * 60e9);
            this.diskBudgetGb = diskBudgetGb;
            javaCommand.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            javaCommand.addAll(clxsJavaOptions());
            javaCommand.addAll(List.of("-cp", System.getProperty("java.class.path"), ScalingBench.class.getName(), "--child"));
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopChild, "scaling-bench-stop-child"));
        }

        /** On Ctrl-C: stop the child before the directories it writes are deleted. */
        void stopChild() {
            Process p = child;
            if (p != null && p.isAlive()) {
                p.destroy();
                try {
                    if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Path dir = current;
            if (dir != null) BenchDirs.delete(dir);
        }

        int runsAt(double scale) {
            return runs != null ? runs : scale >= 1.0 ? 1 : scale >= 0.1 ? 2 : 3;
        }

        void run() throws Exception {
            System.out.printf("clxs scaling curve: industries %s, scales %s, modes %s, %d cores, %.1f GB RAM, child JVM options %s%n", industries, scales,
                    modes, Runtime.getRuntime().availableProcessors(), totalMemoryGb(), clxsJavaOptions());
            outer:
            for (double scale : scales) {
                for (String mode : modes) {
                    String why = wontFit(scale, mode);
                    if (why != null) {
                        stops.add(String.format("%s at scale %s not run: %s", mode, scale, why));
                        System.out.println("STOP " + stops.get(stops.size() - 1));
                        continue;
                    }
                    ScalingPoint p = measure(scale, mode);
                    if (p == null) break outer;
                    points.add(p);
                    System.out.println(row(p));
                }
            }
            report();
        }

        /** Why the next point would exceed the time or disk budget, predicted from the previous scale; null when it fits. */
        String wontFit(double scale, String mode) throws Exception {
            List<ScalingPoint> done = points.stream().filter(p -> p.mode().equals(mode)).toList();
            if (done.isEmpty()) return null;
            ScalingPoint last = done.get(done.size() - 1);
            long rows = demo(industries, scale, mode).rows();
            ScalingPoint before = done.size() >= 2 ? done.get(done.size() - 2) : null;
            double seconds = predict(before, last, rows, ScalingPoint::secondsPerRun) * runsAt(scale);
            double disk = predict(before, last, rows, ScalingPoint::peakDiskBytes);
            double left = (deadline - System.nanoTime()) / 1e9;
            double free = Files.getFileStore(Path.of(System.getProperty("java.io.tmpdir"))).getUsableSpace();
            double diskLimit = diskBudgetGb == null ? free - 2e9 : Math.min(diskBudgetGb * 1e9, free - 2e9);
            if (seconds > left) {
                return String.format("predicted %.0f min for %d run(s), baseline included, but %.0f min of the time budget left", seconds / 60,
                        runsAt(scale), left / 60);
            }
            if (disk > diskLimit) {
                return String.format("predicted %.1f GB on disk but %.1f GB allowed (%.1f GB free in %s)", disk / 1e9,
                        diskLimit / 1e9, free / 1e9, System.getProperty("java.io.tmpdir"));
            }
            return null;
        }

        /**
         * A point's cost at {@code rows}: the line through the last two points (a fixed part plus a
         * part per row) with a fifth added for the phases that grow faster than the rows, or ten
         * times the last point per decade when there is only one.
         */
        static double predict(ScalingPoint before, ScalingPoint last, long rows, java.util.function.ToDoubleFunction<ScalingPoint> cost) {
            if (before == null) return cost.applyAsDouble(last) * Math.pow(10, Math.log10((double) rows / last.generatedRows()));
            double perRow = (cost.applyAsDouble(last) - cost.applyAsDouble(before)) / (last.generatedRows() - before.generatedRows());
            double fixed = Math.max(0, cost.applyAsDouble(last) - perRow * last.generatedRows());
            return 1.2 * (fixed + Math.max(perRow, 0) * rows);
        }

        ScalingPoint measure(double scale, String mode) throws Exception {
            // the baseline writes what the catalog's tables get: the generated rows plus the layers' copies
            long rows = demo(industries, scale, mode).preview().totalRows();
            String loadBefore = loadAverage();
            List<Map<String, Object>> clxs = new ArrayList<>();
            List<Map<String, Object>> baseline = new ArrayList<>();
            for (int r = 0; r < runsAt(scale); r++) {
                Path dir = BenchDirs.create("clxs-scaling");
                current = dir;
                try {
                    Map<String, Object> b = child(List.of("baseline", dir.toString(), Long.toString(rows)));
                    Files.deleteIfExists(dir.resolve("baseline.duckdb"));
                    Map<String, Object> c = b == null ? null
                            : child(List.of("clxs", dir.toString(), Double.toString(scale), mode, industries));
                    if (c == null) {
                        stops.add(String.format("%s at scale %s stopped in run %d: the time budget ran out while it was running", mode, scale, r + 1));
                        System.out.println("STOP " + stops.get(stops.size() - 1));
                        return null;
                    }
                    String load = loadAverage();
                    b.put("load", load);
                    c.put("load", load);
                    baseline.add(b);
                    clxs.add(c);
                    System.out.printf("  %s %s run %d (load %s): baseline %.2f s (inserts %.2f s), %.0f MB RSS; clxs %.2f s (data %.2f s), %.0f MB RSS, "
                                    + "file %.2f GB, phases %s%n", mode, scale, r + 1, load, num(b, "total_seconds"), num(b, "insert_seconds"),
                            num(b, "peak_rss_bytes") / 1e6, num(c, "total_seconds"), num(c, "data_seconds"), num(c, "peak_rss_bytes") / 1e6,
                            num(c, "file_bytes") / 1e9, c.get("phases"));
                } finally {
                    BenchDirs.delete(dir);
                    current = null;
                }
            }
            return new ScalingPoint(mode, scale, clxs, baseline, loadBefore, loadAverage());
        }

        /** Runs one child to completion, or null when the time budget ends first. */
        Map<String, Object> child(List<String> args) throws Exception {
            List<String> command = new ArrayList<>(javaCommand);
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            child = p;
            List<String> result = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith(RESULT)) result.add(line.substring(RESULT.length()));
                        else System.out.println("    | " + line);
                    }
                } catch (Exception e) {
                    System.err.println("reading the child: " + e);
                }
            });
            reader.start();
            long left = deadline - System.nanoTime();
            if (!p.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                stopChild();
                child = null;
                return null;
            }
            reader.join();
            child = null;
            if (p.exitValue() != 0 || result.isEmpty()) throw new IllegalStateException("child " + args + " failed with exit " + p.exitValue());
            return LINE.readValue(result.get(0), new TypeReference<LinkedHashMap<String, Object>>() {});
        }

        static double num(Map<String, Object> m, String key) {
            return ((Number) m.get(key)).doubleValue();
        }

        static double totalMemoryGb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e6 * 1.024;
                }
            } catch (Exception e) {
                // not Linux
            }
            return Double.NaN;
        }

        static final String HEADER = "| mode | scale | runs | rows generated | rows written, the layers' copies included (both write them) | clxs s | clxs rows/s "
                + "| raw DuckDB s (%d INSERTs + checkpoint) | raw DuckDB rows/s | whole run ratio | data-phase ratio | clxs peak RSS | raw DuckDB peak RSS | catalog file | local dir | load (1/5/15 min) |";

        static String row(ScalingPoint p) {
            double t = p.median("total_seconds");
            double bt = PairedRatios.median(p.baselineValues("total_seconds"));
            return String.format("| %s | %s | %d | %,d | %,d | %.1f | %,.0f | %.1f | %,.0f | %.2f | %.2f | %.2f GB | %.2f GB | %.2f GB | %.2f GB | %s → %s |",
                    p.mode(), p.scale(), p.clxs().size(), p.generatedRows(), p.baselineRows(), t, p.baselineRows() / t, bt,
                    p.baselineRows() / bt, p.ratio(), p.dataRatio(), p.maxRss() / 1e9, p.baselineMaxRss() / 1e9, p.median("file_bytes") / 1e9,
                    p.median("dir_bytes") / 1e9, p.loadBefore(), p.loadAfter());
        }

        void report() {
            System.out.println();
            System.out.println("Ratios are raw DuckDB seconds / clxs seconds, the median of the per-run ratios (above 1: clxs faster); the whole run is "
                    + "compared with the baseline's inserts plus its checkpoint, the data phase's rows/s with its inserts' rows/s. Times, sizes: medians; RSS: the largest run.");
            System.out.println();
            System.out.println(String.format(HEADER, Runtime.getRuntime().availableProcessors()));
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            points.forEach(p -> System.out.println(row(p)));
            System.out.println();
            System.out.println("Growth per 10× scale (ratio of consecutive points, as a factor per 10×):");
            System.out.println();
            System.out.println("| mode | from → to | rows | clxs time | raw DuckDB time | clxs peak RSS | catalog file | "
                    + String.join(" | ", PhaseTimer.GROUPS.keySet()) + " |");
            System.out.println("|---|---|---|---|---|---|---|" + "---|".repeat(PhaseTimer.GROUPS.size()));
            for (String mode : modes) {
                List<ScalingPoint> ps = points.stream().filter(p -> p.mode().equals(mode)).toList();
                for (int i = 1; i < ps.size(); i++) {
                    ScalingPoint a = ps.get(i - 1), b = ps.get(i);
                    double s = Math.log10(b.scale() / a.scale());
                    StringBuilder line = new StringBuilder(String.format("| %s | %s → %s | %s | %s | %s | %s | %s |", mode, a.scale(), b.scale(),
                            g((double) b.generatedRows() / a.generatedRows(), s), g(b.median("total_seconds") / a.median("total_seconds"), s),
                            g(PairedRatios.median(b.baselineValues("total_seconds")) / PairedRatios.median(a.baselineValues("total_seconds")), s),
                            g(b.maxRss() / a.maxRss(), s), g(b.median("file_bytes") / a.median("file_bytes"), s)));
                    for (String group : PhaseTimer.GROUPS.keySet()) {
                        line.append(' ').append(a.group(group) < 0.05 ? "–" : g(b.group(group) / a.group(group), s)).append(" |");
                    }
                    System.out.println(line);
                }
            }
            System.out.println();
            System.out.println("Seconds per part of the run (median):");
            System.out.println();
            System.out.println("| mode | scale | " + String.join(" | ", PhaseTimer.GROUPS.keySet()) + " |");
            System.out.println("|---|---|" + "---|".repeat(PhaseTimer.GROUPS.size()));
            for (ScalingPoint p : points) {
                StringBuilder line = new StringBuilder(String.format("| %s | %s |", p.mode(), p.scale()));
                for (String group : PhaseTimer.GROUPS.keySet()) line.append(String.format(" %.2f |", p.group(group)));
                System.out.println(line);
            }
            if (!stops.isEmpty()) {
                System.out.println();
                stops.forEach(s -> System.out.println("Not measured: " + s));
            }
        }

        /** A ratio over {@code steps} decades as a factor per 10×. */
        static String g(double ratio, double steps) {
            return String.format("%.1f×", Math.pow(ratio, 1 / steps));
        }
    }
}
