package clxs.engine;

import clxs.plan.Plan;
import clxs.result.RunResult;
import clxs.sql.Dialect;
import java.util.List;

/**
 * Runs a plan's SQL: the local DuckDB engine, a Databricks SQL warehouse, or a dry run that only
 * prints it. Rows and events that arrive in batches (streams) go to a {@link clxs.sink.Sink} instead.
 */
public interface Engine {

    /** The name of the embedded engine ({@code --target local}). */
    String LOCAL = "local";
    /** The name of the Databricks SQL warehouse engine ({@code --target databricks}). */
    String DATABRICKS = "databricks";

    /** {@code local}, {@code databricks} or {@code dry-run}. */
    String name();

    /** The SQL dialect this engine speaks: what {@code --dry-run} prints for it. */
    Dialect dialect();

    /** Runs every phase of {@code plan} and reports what was created, skipped and failed. */
    RunResult execute(Plan plan);

    /**
     * Removes what generating {@code catalogs} created (the catalog, its volumes and files, its
     * clone) and says what went; removing what is not there is not an error.
     */
    List<String> cleanup(List<String> catalogs);

    /**
     * Runs {@code sql} with {@code catalog} as the default catalog, so {@code schema.table} names
     * work, and returns the rows. Engines that execute nothing refuse.
     */
    default QueryResult query(String catalog, String sql) throws java.sql.SQLException {
        throw new UnsupportedOperationException(name() + " runs no queries");
    }
}
