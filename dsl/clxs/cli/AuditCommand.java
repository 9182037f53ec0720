package clxs.cli;

import clxs.plan.RunSettings;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Names;
import clxs.compile.Compiler;
import clxs.engine.LocalCatalogs;
import clxs.engine.LocalEngine;
import clxs.engine.ProgressListener;
import clxs.result.AuditReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs audit}: the foreign-key orphan check of an existing catalog. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Check every declared foreign key of an existing local demo catalog for orphans (a sampled LEFT JOIN per key, "
                + "as after generation).", ""},
        footer = {"", "Examples:",
                "  clxs audit --catalog demo_test",
                "  clxs audit --catalog demo_test --verbose",
                "  clxs audit --catalog demo_test --industry healthcare --json",
                "", "Exit codes: 0 no orphans, 1 orphans found or the check failed, 2 bad input."})
public final class AuditCommand implements Callable<Integer> {

    @Option(names = "--catalog", required = true, paramLabel = "NAME", description = "Catalog to audit.")
    String catalog;

    @Option(names = {"--industry", "--industries"}, arity = "1..*", split = ",", paramLabel = "INDUSTRY", completionCandidates = IndustryNames.class,
            description = "Industries to check (default: every industry schema found in the catalog).")
    List<String> industries;

    @Option(names = "--local-dir", paramLabel = "DIR", description = "Directory of local catalogs (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    @Option(names = "--json", description = "Print the result as JSON: the catalog, the industries and the referential_integrity block "
            + "with every key.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List every key checked, not only those with orphans.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        String problem = Names.problem(catalog);
        if (problem != null) throw new BadInputException("--catalog '" + catalog + "' " + problem);
        LocalCatalogs catalogs = new LocalCatalogs(localDir != null ? localDir : LocalCatalogs.defaultDir());
        if (!catalogs.exists(catalog)) {
            throw new BadInputException("there is no local catalog " + catalog + " in " + catalogs.dir() + " (found: " + String.join(", ", catalogs.list()) + ")");
        }
        LocalEngine target = LocalEngine.in(catalogs.dir()).withProgress(ProgressListener.SILENT);
        List<String> schemas = target.schemas(catalog);
        List<Industry> chosen = new ArrayList<>();
        if (industries != null) {
            for (String name : industries) {
                Industry i = Industries.byName(name).orElseThrow(() -> new BadInputException("unknown industry '" + name + "'; valid: " + Industries.names()));
                if (!schemas.contains(i.name())) throw new BadInputException("catalog " + catalog + " has no schema " + i.name());
                chosen.add(i);
            }
        } else {
            Industries.all().stream().filter(i -> schemas.contains(i.name())).forEach(chosen::add);
        }
        if (chosen.isEmpty()) throw new BadInputException("catalog " + catalog + " holds no industry schema to audit (schemas: " + schemas + ")");
        AuditReport report = AuditReport.of(target.audit(Compiler.auditOnly(chosen, RunSettings.defaults(catalog))));
        out.print(json ? report.toJson() + System.lineSeparator() : report.toText(verbose));
        out.flush();
        return report.clean() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }
}
