///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Full demo: all ten industries with every layer; scale 0.1 locally, --scale 1 for the 2B-row Databricks demo
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.DemoCatalog;
import clxs.Engines;
import clxs.cli.Cli;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Everything clxs makes: ten industries, medallion, star schema, governance, data-quality issues, the audit. */
@Command(name = "full-demo", mixinStandardHelpOptions = true, description = "Generate all ten industries with the star schema and every enrichment.")
public class full_demo implements Callable<Integer> {

    @Option(names = "--catalog", defaultValue = "full_demo", description = "Catalog to create (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--scale", defaultValue = "0.1", description = "Row multiplier (default: ${DEFAULT-VALUE}; 1.0 is about 2 billion rows).")
    double scale;

    @Option(names = "--storage-location", description = "Managed location of the catalog (Databricks), e.g. abfss://...")
    String storageLocation;

    @Option(names = "--target", defaultValue = "local", description = "local or databricks (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    public static void main(String... args) {
        System.exit(Cli.recipe(new full_demo(), args));
    }

    @Override
    public Integer call() {
        DemoCatalog demo = demo(catalog).industries(industries()).scale(scale).seed(42).starSchema().dropExisting(true);
        if (storageLocation != null) demo = demo.storageLocation(storageLocation);
        System.out.println(demo.preview());
        RunResult result = demo.generate(Engines.named(target, localDir));
        System.out.println(result);
        return result.succeeded() ? 0 : 1;
    }
}
