///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Sales demo: healthcare, financial and retail at scale 0.1 (about 65M rows), previewed, then generated
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

/** The demo a field engineer shows a prospect: three industries, enough rows to feel real, views that join them. */
@Command(name = "sales-demo", mixinStandardHelpOptions = true, description = "Generate healthcare, financial and retail, and preview it first.")
public class sales_demo implements Callable<Integer> {

    @Option(names = "--catalog", defaultValue = "sales_demo", description = "Catalog to create (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--scale", defaultValue = "0.1", description = "Row multiplier (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "42", description = "Same seed, same rows (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--target", defaultValue = "local", description = "local or databricks (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    public static void main(String... args) {
        System.exit(Cli.recipe(new sales_demo(), args));
    }

    @Override
    public Integer call() throws Exception {
        DemoCatalog demo = demo(catalog).industries(HEALTHCARE, FINANCIAL, RETAIL).scale(scale).seed(seed);
        System.out.println(demo.preview());
        Engine where = Engines.named(target, localDir);
        RunResult result = demo.generate(where);
        System.out.println(result);
        if (!result.succeeded()) return 1;
        System.out.println("The latest months of the gold layer, ready for a dashboard:");
        System.out.print(where.query(catalog, "select * from retail_gold.revenue_by_month order by month desc limit 3").toTable(3));
        return 0;
    }
}
