package clxs.model;

import java.util.Objects;

/**
 * A view written once in portable SQL (the common ground of Databricks SQL and DuckDB) and
 * rendered for each dialect. Tables are referenced as {@code {{claims}}} (same industry) or
 * {@code {{insurance.policies}}} (another schema); the few functions spelled differently per
 * engine are written {@code {{days_between(a, b)}}} (see {@code clxs.sql.PortableFunctions}).
 */
public record View(String name, String comment, String sql) {

    public View {
        Names.require("view", name);
        Objects.requireNonNull(sql, "sql");
    }

    public static View of(String name, String comment, String sql) {
        return new View(name, comment, sql);
    }
}
