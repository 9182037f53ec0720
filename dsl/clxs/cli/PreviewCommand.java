package clxs.cli;

import clxs.DemoCatalogJson;
import clxs.estimate.Estimator;
import clxs.estimate.Preview;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs preview}: rows, size, time and cost per industry, without running anything. */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Estimate a demo catalog before generating it: rows, stored size, time and cost per industry. Runs nothing;",
                "the estimation model is in the README.", ""},
        footer = {"", "Examples:",
                "  clxs preview --catalog demo --industry healthcare financial --scale 0.1",
                "  clxs preview --catalog demo --scale 1 --target databricks --warehouse-size Medium --json"})
public final class PreviewCommand implements Callable<Integer> {

    @Mixin
    DefinitionOptions definition;

    @Option(names = "--target", defaultValue = "local", paramLabel = "TARGET", description = "Estimate for: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TargetKind target;

    @Option(names = "--warehouse-size", defaultValue = Estimator.DEFAULT_SIZE, paramLabel = "SIZE",
            description = "SQL warehouse size for --target databricks, 2X-Small to 4X-Large (default: ${DEFAULT-VALUE}).")
    String warehouseSize;

    @Option(names = "--dbu-price", defaultValue = "" + Estimator.DEFAULT_DBU_PRICE, paramLabel = "USD",
            description = "Price of a DBU in dollars (default: ${DEFAULT-VALUE}, serverless SQL list price).")
    double dbuPrice;

    @Option(names = "--json", description = "Print the estimate as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DemoCatalogJson.Parsed parsed = definition.parsed();
        DefinitionOptions.warnings(parsed).forEach(w -> spec.commandLine().getErr().println("clxs: warning: " + w));
        Estimator estimator;
        try {
            estimator = target == TargetKind.local ? Estimator.local() : Estimator.warehouse(warehouseSize, dbuPrice);
        } catch (IllegalArgumentException e) {
            throw new BadInputException((e.getMessage().startsWith("unknown warehouse") ? "--warehouse-size: " : "--dbu-price: ") + e.getMessage());
        }
        Preview p = parsed.definition().preview(estimator);
        out.print(json ? p.toJson() + System.lineSeparator() : p.toString());
        out.flush();
        return ExitCodes.OK;
    }
}
