///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//DESCRIPTION Cost of --realistic-data: generation with Datafaker pools (built from an empty cache) against the built-in pools, in one run

import clxs.DemoCatalog;
import clxs.engine.LocalEngine;
import clxs.industries.Industries;
import clxs.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The cost of {@code --realistic-data}, as a ratio to the same generation with the built-in US
 * pools, measured in the same run and alternated (machines here are noisy). Each realistic run
 * starts from an empty cache, so Datafaker's pool building is included; so is the plan, in both.
 *
 *   ./jbang bench/RealismBench.java [--scale 0.01] [--industry healthcare] [--locale de_DE] [--runs 3]
 */
public class RealismBench {

    public static void main(String... args) throws Exception {
        double scale = 0.01;
        int runs = 3;
        String industry = "healthcare";
        String locale = "de_DE";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--industry" -> industry = args[++i];
                case "--locale" -> locale = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String[] tag = locale.split("_");
        DemoCatalog plain = DemoCatalog.named("bench").industries(industry).scale(scale).seed(1).dropExisting(true).medallion(false)
                .createVolumes(false);
        DemoCatalog realistic = plain.realistic(new Locale(tag[0], tag.length > 1 ? tag[1] : ""));
        System.out.printf("clxs --realistic-data benchmark: %s at scale %s = %,d rows, locale %s, %d runs, %d cores%n", industry, scale,
                plain.rows(), locale, runs, Runtime.getRuntime().availableProcessors());
        // the first run of each warms the JVM, DuckDB and Datafaker (its first use of a locale loads YAML): reported, not in the median
        double coldBase = run(plain, Files.createTempDirectory("clxs-bench"));
        double coldReal = run(realistic, Files.createTempDirectory("clxs-bench"));
        System.out.printf("first runs (cold JVM, Datafaker's first use included): built-in %.1f s, realistic %.1f s, ratio %.2f%n", coldBase, coldReal,
                coldReal / coldBase);
        List<Double> ratios = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            double base = run(plain, Files.createTempDirectory("clxs-bench"));
            double real = run(realistic, Files.createTempDirectory("clxs-bench"));
            ratios.add(real / base);
            System.out.printf("run %d: built-in pools %.1f s, realistic %.1f s (pools built from an empty cache), ratio %.2f%n", r, base, real, real / base);
        }
        Collections.sort(ratios);
        System.out.printf("median ratio realistic / built-in: %.2f (target <= 1.20)%n", ratios.get(ratios.size() / 2));
    }

    /** Seconds for plan and generation into a fresh directory (so a realistic run builds its pools). */
    private static double run(DemoCatalog demo, Path dir) {
        long t0 = System.nanoTime();
        RunResult r = demo.generate(LocalEngine.in(dir).quiet());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!r.succeeded()) throw new IllegalStateException(r.toString());
        return seconds;
    }
}
