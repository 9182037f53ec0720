package clxs.cli;

import clxs.DemoCatalogJson;
import clxs.sql.Dialect;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clxs sql}: print the plan as SQL for a dialect, executing nothing. */
@Command(name = "sql", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Print the SQL a demo definition compiles to, for Databricks or DuckDB. Executes nothing.", ""},
        footer = {"", "Examples:",
                "  clxs sql --catalog demo --industry healthcare --scale 0.01",
                "  clxs sql --catalog demo --industry healthcare --dialect duckdb --seed 42 > demo.sql"})
public final class SqlCommand implements Callable<Integer> {

    enum DialectName { databricks, duckdb }

    @Mixin
    DefinitionOptions definition;

    @Option(names = "--dialect", defaultValue = "databricks", paramLabel = "DIALECT",
            description = "SQL dialect: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DialectName dialect;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DemoCatalogJson.Parsed parsed = definition.parsed();
        DefinitionOptions.warnings(parsed).forEach(w -> spec.commandLine().getErr().println("clxs: warning: " + w));
        out.print(parsed.definition().sql(Dialect.of(dialect.name())));
        out.flush();
        return ExitCodes.OK;
    }
}
