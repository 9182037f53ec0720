///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//DESCRIPTION The same demo on the embedded DuckDB engine and on the local Spark warehouse (harness/), timed in one run

import clxs.DemoCatalog;
import clxs.databricks.DatabricksEngine;
import clxs.databricks.Workspace;
import clxs.engine.LocalEngine;
import clxs.result.RunResult;
import com.databricks.sdk.core.DatabricksConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One demo definition generated twice in the same run: locally (DuckDB) and through the real
 * DatabricksEngine and databricks-jdbc on the local Spark 4 + Delta 4 warehouse of harness/.
 * The ratio says what the Spark-based fidelity harness costs; it is not a Databricks figure.
 *
 *   ./jbang bench/WarehouseBench.java [--industries healthcare] [--scale 0.0001]
 */
public class WarehouseBench {

    public static void main(String... args) throws Exception {
        String industries = "healthcare";
        double scale = 0.0001;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--industries" -> industries = args[++i];
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path root = Paths.get("").toAbsolutePath();
        String token = "bench-token";
        Process warehouse = new ProcessBuilder(root.resolve("harness/run").toString(), "0", token, Files.createTempDirectory("clxs-bench-warehouse").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(warehouse.getInputStream()));
            String url = null;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("local warehouse listening on ")) {
                    url = line.substring("local warehouse listening on ".length()).strip();
                    break;
                }
            }
            if (url == null) throw new IllegalStateException("the local warehouse did not start");
            DemoCatalog demo = DemoCatalog.named("bench").industries(industries.split(",")).scale(scale).seed(1).starSchema().dropExisting(true);
            Path dir = Files.createTempDirectory("clxs-bench");
            double local = time(() -> demo.generate(LocalEngine.in(dir).quiet()));
            Workspace ws = Workspace.of(new DatabricksConfig().setHost(url).setToken(token), "local");
            double spark = time(() -> demo.generate(DatabricksEngine.connect(ws).withRunFilesIn(dir).quiet()));
            System.out.printf("%n%s at scale %s with the star schema and every default layer: %,d generated rows, %d steps%n",
                    demo.industryNames(), java.math.BigDecimal.valueOf(scale).toPlainString(), demo.rows(), demo.plan().steps().size());
            System.out.println("| target | seconds | ratio to local DuckDB |");
            System.out.println("|---|---|---|");
            System.out.printf("| local DuckDB | %.1f | 1.0 |%n", local);
            System.out.printf("| local Spark 4 + Delta 4 warehouse, through databricks-jdbc | %.1f | %.1f |%n", spark, spark / local);
        } finally {
            warehouse.destroyForcibly();
        }
    }

    interface Run {
        RunResult run();
    }

    static double time(Run run) {
        long t0 = System.nanoTime();
        RunResult r = run.run();
        if (!r.succeeded()) throw new IllegalStateException(r.toString());
        return (System.nanoTime() - t0) / 1e9;
    }

}
