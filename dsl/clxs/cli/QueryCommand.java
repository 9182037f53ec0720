package clxs.cli;

import clxs.model.Names;
import clxs.sql.EngineErrors;
import clxs.engine.LocalCatalogs;
import clxs.engine.LocalQuery;
import clxs.engine.QueryResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clxs query}: run SQL against the local catalogs in a session that can only read (see
 * {@link LocalQuery}); rows stream to the output, so a large result is never held whole.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Run a SQL query against the local demo catalogs (read-only).",
                "Every catalog in the local directory is attached read-only under its name, so three-part names work.",
                "Only reads run: SELECT, WITH, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN and read-only PRAGMAs; no files, network or extensions.", ""},
        footer = {"", "Examples:",
                "  clxs query \"select count(*) from demo_test.healthcare.claims\"",
                "  clxs query --catalog demo_test \"select * from healthcare.v_claim_summary\" --format csv",
                "", "Exit codes: 0 done, 1 the query failed, 2 bad input or a statement that is not a read (nothing ran)."})
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

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N",
            description = "Rows shown in table format (default: ${DEFAULT-VALUE}); the rest are counted, not kept. CSV and JSON stream every row.")
    int maxRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalCatalogs catalogs = new LocalCatalogs(localDir != null ? localDir : LocalCatalogs.defaultDir());
        if (maxRows < 0) throw new BadInputException("--max-rows must be 0 or more, got " + maxRows);
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
        LocalQuery query = LocalQuery.in(catalogs).defaultCatalog(catalog).onWarning(w -> {
            err.println("clxs: warning: " + w);
            err.flush();
        });
        try {
            query.stream(sql, rows -> {
                try {
                    switch (format) {
                        case csv -> QueryResult.writeCsv(rows, out);
                        case json -> QueryResult.writeJson(rows, out);
                        default -> QueryResult.writeTable(rows, out, maxRows);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (SQLException e) {
            out.flush();
            err.println("clxs: query failed: " + EngineErrors.firstLine(e.getMessage()));
            return ExitCodes.RUN_FAILED;
        }
        out.flush();
        return ExitCodes.OK;
    }
}
