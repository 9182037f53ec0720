package clxs.cli;

import clxs.model.Names;
import clxs.sql.EngineErrors;
import clxs.engine.LocalCatalogs;
import clxs.engine.QueryResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clxs query}: run SQL against the local catalogs, read-only. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Run a SQL query against the local demo catalogs (read-only).",
                "Every catalog in the local directory is attached under its name, so three-part names work.", ""},
        footer = {"", "Examples:",
                "  clxs query \"select count(*) from demo_test.healthcare.claims\"",
                "  clxs query --catalog demo_test \"select * from healthcare.v_claim_summary\" --format csv"})
public final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "SQL", description = "The query (DuckDB SQL; three-part names catalog.schema.table).")
    String sql;

    @Option(names = "--catalog", paramLabel = "NAME", description = "Default catalog, so schema.table names work.")
    String catalog;

    @Option(names = "--local-dir", paramLabel = "DIR", description = "Directory of local catalogs (default: $CLXS_HOME or ./clxs-data).")
    Path localDir;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N", description = "Rows shown in table format (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalCatalogs catalogs = new LocalCatalogs(localDir != null ? localDir : LocalCatalogs.defaultDir());
        List<String> names = catalogs.list();
        if (names.isEmpty()) {
            throw new BadInputException("there are no local catalogs in " + catalogs.dir().toAbsolutePath()
                    + "; create one with: clxs demo --catalog demo --industry healthcare --scale 0.01");
        }
        if (catalog != null) {
            String problem = Names.problem(catalog);
            if (problem != null) throw new BadInputException("--catalog '" + catalog + "' " + problem);
            if (!names.contains(catalog)) throw new BadInputException("no local catalog " + catalog + " in " + catalogs.dir() + " (found: " + String.join(", ", names) + ")");
        }
        if (sql == null || sql.isBlank()) throw new BadInputException("the SQL query is empty");
        QueryResult result;
        try {
            result = QueryResult.run(catalogs, names, catalog, sql);
        } catch (SQLException e) {
            spec.commandLine().getErr().println("clxs: query failed: " + EngineErrors.firstLine(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        switch (format) {
            case csv -> out.print(result.toCsv());
            case json -> out.println(result.toJson());
            default -> out.print(result.toTable(maxRows));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
