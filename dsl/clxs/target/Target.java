package clxs.target;

import clxs.plan.Plan;
import clxs.sql.Dialect;
import java.util.List;

/** Where a plan runs: the local DuckDB engine, a Databricks workspace, or a dry run that prints SQL. */
public interface Target {

    /** {@code local}, {@code databricks} or {@code dry-run}. */
    String name();

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
     * work, and returns the rows. Targets that execute nothing refuse.
     */
    default QueryResult query(String catalog, String sql) throws java.sql.SQLException {
        throw new UnsupportedOperationException(name() + " runs no queries");
    }
}
