///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Custom industry: load an industry from YAML and generate it like a built-in, locally unless --target databricks
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.DemoCatalog;
import clxs.Engines;
import clxs.cli.Cli;
import clxs.engine.Engine;
import clxs.model.Industry;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Your own industry in YAML (start from templates/aerospace.yaml, or `jbang init -t clxs-yaml-industry my.yaml`):
 * loaded, checked, generated with every layer a built-in gets, audited, and one of its views shown.
 */
@Command(name = "custom-industry", mixinStandardHelpOptions = true, versionProvider = clxs.cli.VersionProvider.class,
        description = "Generate an industry defined in YAML (default: templates/aerospace.yaml) and show one of its views.")
public class custom_industry implements Callable<Integer> {

    @Option(names = "--yaml", defaultValue = "templates/aerospace.yaml", description = "The industry's YAML file (default: ${DEFAULT-VALUE}).")
    Path yaml;

    @Option(names = "--catalog", defaultValue = "custom_demo", description = "Catalog to create (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Option(names = "--scale", defaultValue = "0.01", description = "Row multiplier (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--target", defaultValue = "local", description = "local or databricks (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    public static void main(String... args) {
        System.exit(Cli.recipe(new custom_industry(), args));
    }

    @Override
    public Integer call() throws Exception {
        DemoCatalog loaded = demo(catalog).customIndustries(yaml);            // every problem reported with file:line:column
        Industry industry = loaded.industries().get(loaded.industries().size() - 1);
        DemoCatalog demo = loaded.industries(List.of(industry)).scale(scale).seed(42);
        System.out.println(industry.name() + " from " + yaml + ": " + industry.tables().size() + " tables, " + industry.views().size() + " views");
        Engine where = Engines.named(target, localDir);
        RunResult result = demo.generate(where);
        System.out.println(result);
        if (!result.succeeded() || industry.views().isEmpty()) return result.succeeded() ? 0 : 1;
        String view = industry.views().get(0).name();
        System.out.println("select * from " + catalog + "." + industry.name() + "." + view + " limit 5:\n"
                + where.query(catalog, "select * from " + industry.name() + "." + view + " limit 5"));
        return 0;
    }
}
