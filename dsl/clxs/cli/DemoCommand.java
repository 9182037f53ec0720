package clxs.cli;

import clxs.DemoCatalog;
import clxs.DemoCatalogJson;
import clxs.settings.InvalidDefinitionException;
import clxs.model.Names;
import clxs.sql.Dialect;
import clxs.engine.ConsoleProgress;
import clxs.databricks.DatabricksEngine;
import clxs.engine.DryRun;
import clxs.engine.LocalCatalogs;
import clxs.engine.LocalEngine;
import clxs.engine.ProgressListener;
import clxs.result.RunResult;
import clxs.engine.Engine;
import clxs.estimate.Estimator;
import clxs.estimate.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs demo}: generate a demo catalog (or print its SQL, export its config, or remove it). */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Generate a demo catalog: a schema per industry with tables, views and SQL functions, medallion layers, "
                + "data-quality issues and governance; on request a star schema and a clone.", ""},
        footer = {"", "Examples:",
                "  clxs demo --catalog demo_test --industry healthcare --scale 0.01",
                "  clxs demo --catalog demo_test --industry healthcare --scale 0.01 --seed 42 --json",
                "  clxs demo --catalog demo_test --industry retail --scale 0.01 --star-schema --dest-catalog demo_copy",
                "  clxs demo --catalog demo_test --scale 1 --schema-only   # every object, no rows",
                "  clxs demo --catalog demo --scale 0.1 --target databricks --profile dev --warehouse abc123def456",
                "  clxs demo --catalog demo_test --dry-run            # print the SQL, run nothing",
                "  clxs demo --catalog demo_test --cleanup            # remove the catalog, its volumes and files",
                "", "Exit codes: 0 done, 1 the run failed, 2 bad input (nothing executed)."})
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    DefinitionOptions definition;

    @Option(names = "--target", defaultValue = "local", paramLabel = "TARGET",
            description = "Where to generate: local (DuckDB files, the default) or databricks (a SQL warehouse: see --profile, --host, --warehouse).")
    TargetKind target;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--local-dir", paramLabel = "DIR", description = "Directory of local catalogs (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    @Option(names = "--dry-run", description = "Print the SQL of the plan for the target's dialect; execute nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the run summary as JSON (seed API field names), with every table and foreign key.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List the rows of every table and the audit of every foreign key in the summary.")
    boolean verbose;

    @Option(names = "--export-config", paramLabel = "FILE", description = "Write the definition as JSON to FILE and exit (reuse it with --config).")
    Path exportConfig;

    @Option(names = "--cleanup", description = "Remove the catalog named by --catalog (and --dest-catalog, if given), its volumes and files, "
            + "instead of generating it.")
    boolean cleanup;

    @Option(names = {"-y", "--yes"}, description = "Go ahead with a local run over 100,000,000 rows or 20 GB (estimated) without asking; "
            + "without a terminal such a run needs it.")
    boolean yes;

    @Option(names = "--threads", hidden = true, paramLabel = "N", description = "DuckDB threads in every phase (default: the inserts get the cores the workers leave free plus one, the rest one per core).")
    Integer threads;

    @Option(names = "--memory-limit", paramLabel = "SIZE", description = "Local runs: the memory DuckDB may use, as 512MB, 4GB or 25%% (default: "
            + "$CLXS_MEMORY_LIMIT, else half of this machine's memory, at most 6 GB); past it DuckDB spills to a hidden folder in the local "
            + "directory, removed after the run. The data does not depend on it.")
    String memoryLimit;

    /** What a bare {@code --force} stands for (no catalog can be named so). */
    static final String BARE_FORCE = "*";

    @Option(names = "--force", arity = "0..1", fallbackValue = BARE_FORCE, paramLabel = "NAME",
            description = "Let clxs replace or remove the local catalog NAME although clxs did not generate it (a DuckDB file without clxs's mark); "
                    + "without NAME: overwrite an existing --export-config file.")
    List<String> force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) throw new BadInputException("--threads must be at least 1, got " + threads);
        if (memoryLimit != null) {
            try {
                clxs.engine.MemoryBudget.parse(memoryLimit);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("invalid --memory-limit: " + e.getMessage());
            }
        }
        if (cleanup) return cleanup(out);

        DemoCatalogJson.Parsed parsed = definition.parsed();
        DefinitionOptions.warnings(parsed).forEach(w -> err.println("clxs: warning: " + w));
        DemoCatalog demo = parsed.definition();

        if (exportConfig != null) {
            writeConfig(exportConfig, demo.toJson() + System.lineSeparator());
            out.println("Wrote the definition of catalog " + demo.catalogName() + " to " + exportConfig
                    + "; generate it with: clxs demo --config " + exportConfig);
            return ExitCodes.OK;
        }
        if (dryRun) {
            RunResult r = demo.generate(new DryRun(target.dialect(), json ? null : out));
            if (json) out.println(r.toJson());
            return ExitCodes.OK;
        }
        if (target == TargetKind.local && !demo.settings().schemaOnly()) {
            // one estimate for both questions: is it large enough to confirm, and does it fit on the disk
            Preview preview = demo.preview(Estimator.local());
            if (!LargeRunConfirmation.mayRun(demo, preview, dir().resolve(demo.catalogName() + ".duckdb"), yes, System.console(), err)) {
                return ExitCodes.BAD_INPUT;
            }
            DiskSpace.check(preview, dir());
        }
        ProgressListener progress = new ConsoleProgress(err, System.console() != null && !json);
        RunResult result = demo.generate(target(progress));
        out.print(json ? result.toJson() + System.lineSeparator() : System.lineSeparator() + result.toText(verbose) + queryHint(result, target == TargetKind.local ? localDir : null));
        out.flush();
        return result.succeeded() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }

    /** The target the flags name; a Databricks workspace is resolved (and checked) before anything runs. */
    private Engine target(ProgressListener progress) {
        if (target == TargetKind.databricks) return DatabricksEngine.connect(workspace.workspace()).withProgress(progress);
        // locally a catalog that exists is replaced only with --drop-existing (on Databricks a re-run finishes the job)
        LocalEngine local = LocalEngine.in(dir()).withProgress(progress).existingCatalogsKept().force(forcedCatalogs());
        if (memoryLimit != null) local = local.withMemoryLimit(memoryLimit);
        return threads != null ? local.withThreads(threads) : local;
    }

    private String[] forcedCatalogs() {
        return force == null ? new String[0] : force.stream().filter(f -> !f.equals(BARE_FORCE)).toArray(String[]::new);
    }

    /** The exported definition; an existing file is overwritten only with --force. */
    private void writeConfig(Path file, String json) {
        if (Files.isDirectory(file)) throw new BadInputException("--export-config " + file + " is a directory; give a file name");
        if (Files.exists(file) && (force == null || !force.contains(BARE_FORCE))) {
            throw new BadInputException("--export-config " + file + " exists; add --force to overwrite it, or give another file name");
        }
        try {
            Files.writeString(file, json);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
            throw new BadInputException("cannot write --export-config " + file + ": " + why);
        }
    }

    private Path dir() {
        return localDir != null ? localDir : LocalCatalogs.defaultDir();
    }

    private int cleanup(PrintWriter out) {
        String name = definition.catalog;
        String problem = Names.problem(name);
        if (problem != null) {
            throw new InvalidDefinitionException("catalog_name", name == null ? "--cleanup needs --catalog NAME" : "'" + name + "' " + problem);
        }
        String dest = definition.destCatalog;
        if (dest != null && Names.problem(dest) != null) throw new InvalidDefinitionException("dest_catalog", "'" + dest + "' " + Names.problem(dest));
        List<String> names = dest == null ? List.of(name) : List.of(name, dest);
        if (dryRun) {
            new DryRun(target.dialect(), out).cleanup(names);
            return ExitCodes.OK;
        }
        Engine where = target(ProgressListener.SILENT);
        List<String> removed = where.cleanup(names);
        String what = String.join(" and ", names);
        String kind = target == TargetKind.databricks ? "catalog" : "local catalog";
        if (removed.isEmpty()) {
            out.println("Nothing to clean up: there is no " + kind + " " + what + (target == TargetKind.databricks ? "" : " in " + dir()));
        } else {
            out.println("Removed " + kind + " " + what + ":");
            removed.forEach(p -> out.println("  " + p));
        }
        if (target == TargetKind.local && dest == null) {
            for (String clone : new LocalCatalogs(dir()).clonesOf(name)) {
                out.println("The clone " + clone + " of " + name + " remains; remove it too with: clxs demo --catalog " + clone + " --cleanup");
            }
        }
        return ExitCodes.OK;
    }

    /** The command that queries what was made; it names {@code --local-dir} when the run was given one, or it would look in the default. */
    private static String queryHint(RunResult r, Path localDir) {
        if (!r.succeeded() || r.tables().isEmpty()) return "";
        RunResult.TableRows first = r.tables().get(0);
        String sql = "\"select count(*) from " + r.catalogName() + "." + first.schema() + "." + first.table() + "\"";
        if (localDir != null) sql += " --local-dir " + shellWord(localDir.toString());
        return System.lineSeparator() + "Query it:  clxs query " + sql + System.lineSeparator()
                + "      (in a clone of the repository: ./jbang clxs.java query " + sql + ")" + System.lineSeparator();
    }

    private static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./:=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
