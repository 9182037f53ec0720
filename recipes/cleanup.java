///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DESCRIPTION Cleanup: remove a demo catalog (and its clone), with its volumes and files
//DEPS ../dsl/clxs/Clxs.java
//JAVA_OPTIONS -XX:+UseSerialGC -XX:TieredStopAtLevel=1

import static clxs.Clxs.*;

import clxs.DemoCatalog;
import clxs.Engines;
import clxs.cli.Cli;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Removes what a demo run made. Only catalogs named here are touched. */
@Command(name = "cleanup", mixinStandardHelpOptions = true, description = "Remove a demo catalog, its volumes and files (and its clone).")
public class cleanup implements Callable<Integer> {

    @Option(names = "--catalog", required = true, description = "The catalog to remove.")
    String catalog;

    @Option(names = "--dest-catalog", description = "Its clone, to remove as well.")
    String destCatalog;

    @Option(names = "--target", defaultValue = "local", description = "local or databricks (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--local-dir", description = "Where local catalogs live (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    public static void main(String... args) {
        System.exit(Cli.recipe(new cleanup(), args));
    }

    @Override
    public Integer call() {
        DemoCatalog demo = demo(catalog);
        if (destCatalog != null) demo = demo.destCatalog(destCatalog);
        List<String> removed = demo.cleanup(Engines.named(target, localDir));
        System.out.println(removed.isEmpty() ? "Nothing to remove: no catalog " + catalog + " here." : "Removed:\n  " + String.join("\n  ", removed));
        return 0;
    }
}
