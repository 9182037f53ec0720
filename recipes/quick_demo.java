///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Quick demo: one industry at scale 0.01 (about 2M rows), locally unless --target databricks
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.DemoCatalog;
import clxs.Engines;
import clxs.cli.Cli;
import clxs.engine.Engine;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One industry, small: the fastest way to a catalog you can query. Copy this file and change what you need. */
@Command(name = "quick-demo", mixinStandardHelpOptions = true, description = "Generate one industry at scale 0.01 and show a view of it.")
public class quick_demo implements Callable<Integer> {

    @Option(names = "--catalog", defaultValue = "quick_demo", description = "Catalog to create (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--industry", defaultValue = "healthcare", description = "The industry (default: ${DEFAULT-VALUE}).")
    String industry;

    @Option(names = "--scale", defaultValue = "0.01", description = "Row multiplier (default: ${DEFAULT-VALUE}, about 2M rows).")
    double scale;

    @Option(names = "--target", defaultValue = "local", description = "local or databricks (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    @Option(names = "--dry-run", description = "Print the SQL instead of running it.")
    boolean dryRun;

    public static void main(String... args) {
        System.exit(Cli.recipe(new quick_demo(), args));
    }

    @Override
    public Integer call() throws Exception {
        DemoCatalog demo = demo(catalog).industries(industry).scale(scale).seed(42);
        if (dryRun) {
            System.out.print(demo.sql(target.equals("local") ? DUCKDB : DATABRICKS));
            return 0;
        }
        Engine where = Engines.named(target, localDir);
        RunResult result = demo.generate(where);
        System.out.println(result);
        if (!result.succeeded()) return 1;
        String view = demo.industries().get(0).views().get(0).name();
        System.out.println("select * from " + catalog + "." + industry + "." + view + " limit 5:\n" + where.query(catalog, "select * from " + industry + "." + view + " limit 5"));
        return 0;
    }
}
