///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//DESCRIPTION Cost of --realistic-data: generation with Datafaker pools (cached, and built from an empty cache) against the built-in pools, in one run

import clxs.DemoCatalog;
import clxs.engine.LocalEngine;
import clxs.realism.RealismPools;
import clxs.result.RunResult;
import clxs.settings.DqProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The cost of {@code --realistic-data}, as ratios to the same generation with the built-in US pools,
 * measured in the same run and interleaved round by round (machines here are noisy). Each round
 * runs the built-in pools, the locale's pools from the cache, and the locale's pools built from an
 * empty cache (Datafaker in a warm JVM); the first realistic run of the JVM, which also pays
 * Datafaker's first use of the locale, is reported on its own. The plan is timed in every run.
 *
 *   ./jbang bench/RealismBench.java [--scale 0.01] [--industry healthcare] [--locale de_DE] [--runs 7] [--all-layers]
 *
 * Wall time and the process's CPU time are both reported: on a shared machine the CPU time, which
 * other processes do not inflate, is the steadier measure of the work done.
 *
 * By default the run is the data alone (no medallion, governance, data-quality issues or audit), so
 * the pools weigh as much as they can; {@code --all-layers} runs every default layer.
 */
public class RealismBench {

    public static void main(String... args) throws Exception {
        double scale = 0.01;
        int runs = 7;
        String industry = "healthcare";
        String locale = "de_DE";
        boolean allLayers = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--industry" -> industry = args[++i];
                case "--locale" -> locale = args[++i];
                case "--all-layers" -> allLayers = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String[] tag = locale.split("_");
        DemoCatalog plain = DemoCatalog.named("bench").industries(industry).scale(scale).seed(1).dropExisting(true);
        if (!allLayers) {
            plain = plain.medallion(false).createVolumes(false).dqProfile(DqProfile.CLEAN).ucBestPractices(false).validateReferentialIntegrity(false);
        }
        DemoCatalog realistic = plain.realistic(new Locale(tag[0], tag.length > 1 ? tag[1] : ""));
        System.out.printf("clxs --realistic-data benchmark: %s at scale %s = %,d rows, locale %s, %s, %d rounds, %d cores%n", industry, scale,
                plain.rows(), locale, allLayers ? "every default layer" : "data only", runs, Runtime.getRuntime().availableProcessors());
        Path cached = Files.createTempDirectory("clxs-bench");
        double coldBase = run(plain, Files.createTempDirectory("clxs-bench"));
        long t0 = System.nanoTime();
        RealismPools.load(realistic.settings().locale(), 1, cached);
        double coldBuild = (System.nanoTime() - t0) / 1e9;
        double coldReal = run(realistic, Files.createTempDirectory("clxs-bench"), cached) + coldBuild;
        System.out.printf("first realistic run of the JVM: pools built in %.2f s (Datafaker's first use of %s), run with them %.2f s; built-in run %.2f s; ratio %.2f%n",
                coldBuild, locale, coldReal, coldBase, coldReal / coldBase);
        List<Double> cachedRatios = new ArrayList<>();
        List<Double> builtRatios = new ArrayList<>();
        List<Double> cachedCpu = new ArrayList<>();
        List<Double> builtCpu = new ArrayList<>();
        List<Double> builds = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            double baseCpu0 = cpu();
            double base = run(plain, Files.createTempDirectory("clxs-bench"));
            double baseCpu = cpu() - baseCpu0;
            double c0 = cpu();
            double fromCache = run(realistic, Files.createTempDirectory("clxs-bench"), cached);
            double fromCacheCpu = cpu() - c0;
            Path empty = Files.createTempDirectory("clxs-bench");
            double e0 = cpu();
            double fromEmpty = run(realistic, empty, empty);
            double fromEmptyCpu = cpu() - e0;
            long b0 = System.nanoTime();
            RealismPools.build(realistic.settings().locale(), 1);
            double build = (System.nanoTime() - b0) / 1e9;
            builds.add(build);
            cachedRatios.add(fromCache / base);
            builtRatios.add(fromEmpty / base);
            cachedCpu.add(fromCacheCpu / baseCpu);
            builtCpu.add(fromEmptyCpu / baseCpu);
            System.out.printf("round %d: built-in %.2f s (cpu %.2f s), realistic from the cache %.2f s (cpu %.2f s), from an empty cache %.2f s (cpu %.2f s); pools alone %.2f s%n",
                    r, base, baseCpu, fromCache, fromCacheCpu, fromEmpty, fromEmptyCpu, build);
        }
        System.out.printf("median ratio to built-in, wall time: pools from the cache %.2f, pools built %.2f; CPU time: from the cache %.2f, built %.2f "
                + "(target <= 1.20); median pool build %.2f s%n", median(cachedRatios), median(builtRatios), median(cachedCpu), median(builtCpu),
                median(builds));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    /** Seconds for plan and generation into {@code dir} (a realistic run builds its pools there unless cached). */
    private static double run(DemoCatalog demo, Path dir) {
        return run(demo, dir, dir);
    }

    /** Seconds for the plan (pools cached under {@code poolDir}) and the generation into {@code dir}. */
    private static double run(DemoCatalog demo, Path dir, Path poolDir) {
        long t0 = System.nanoTime();
        RunResult r = LocalEngine.in(dir).quiet().execute(demo.plan(poolDir));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!r.succeeded()) throw new IllegalStateException(r.toString());
        return seconds;
    }

    /** CPU seconds of this process, DuckDB's native threads included. */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
