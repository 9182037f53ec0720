package clxs.databricks;

import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import clxs.sql.Dialect;
import clxs.sql.EngineErrors;
import clxs.sql.RowSchemaSql;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a Zerobus table needs before its first record, as plain statements, and their run through
 * JDBC on a SQL warehouse: the catalog and schema (created only when {@code SHOW CATALOGS} /
 * {@code SHOW SCHEMAS} do not list them, since a workspace without metastore storage refuses
 * {@code CREATE CATALOG IF NOT EXISTS} even for an existing catalog), a check that the schema has
 * a managed location of its own (Zerobus refuses tables in default storage, error 4024), the managed
 * Delta table, and the four grants to the service principal, each on its own so a caller who may
 * grant some gets as far as it can.
 *
 * <pre>{@code
 * ZerobusTableSetup setup = ZerobusTableSetup.of(ObjectName.of("main", "iot", "smart_meter"), meter)
 *         .schemaLocation("s3://bucket/clxs-zerobus")       // optional, for a new schema
 *         .grantTo("6a83b1a4-...");                          // the service principal's application ID
 * setup.steps();                        // the statements, for a dry run
 * ZerobusTableSetup.Result r = setup.run(workspace::connect);
 * r.warnings();                         // the location remediation, grants that failed
 * }</pre>
 */
public record ZerobusTableSetup(ObjectName table, RowSchema schema, String catalogLocation, String schemaLocation, String principal) {

    private static final Dialect D = Dialect.DATABRICKS;
    private static final Pattern LOCATION = Pattern.compile("(s3|s3a|abfss|gs|r2)://[^'\\s]+");
    private static final Pattern PRINCIPAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9@._ -]{0,254}");

    /** One statement of the setup. */
    public sealed interface Step {
        /** The statement that changes something (for a dry run). */
        String sql();
    }

    /** {@code check} first; {@code create} only when it returns no row (or cannot run). */
    public record CreateIfMissing(String what, String check, String create) implements Step {
        @Override
        public String sql() {
            return create;
        }
    }

    /** Must succeed. */
    public record Required(String what, String sql) implements Step {}

    /** {@code DESCRIBE SCHEMA EXTENDED}: no managed location of the schema's own is a warning with the remediation. */
    public record LocationCheck(String sql, String remediation) implements Step {}

    /** A grant; a failure is a warning. */
    public record Grant(String sql) implements Step {}

    /** What the setup did: statements run, creations skipped because the object existed, warnings. */
    public record Result(@JsonProperty("executed") List<String> executed, @JsonProperty("skipped") List<String> skipped,
                         @JsonProperty("warnings") List<String> warnings) {}

    /** Opens a connection to the warehouse ({@code workspace::connect}). */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    public ZerobusTableSetup {
        if (table == null || table.name() == null) throw new IllegalArgumentException("a Zerobus table needs a three-part name");
        if (catalogLocation != null) requireLocation(catalogLocation);
        if (schemaLocation != null) requireLocation(schemaLocation);
        if (principal != null && !PRINCIPAL.matcher(principal).matches()) {
            throw new IllegalArgumentException("'" + principal + "' is not a principal name (a service principal's application ID, a user or a group)");
        }
    }

    public static ZerobusTableSetup of(ObjectName table, RowSchema schema) {
        return new ZerobusTableSetup(table, schema, null, null, null);
    }

    /** {@code MANAGED LOCATION} of the catalog, when it has to be created (workspaces without metastore storage need one). */
    public ZerobusTableSetup catalogLocation(String url) {
        return new ZerobusTableSetup(table, schema, url, schemaLocation, principal);
    }

    /** {@code MANAGED LOCATION} of the schema, when it has to be created: what keeps the table out of default storage. */
    public ZerobusTableSetup schemaLocation(String url) {
        return new ZerobusTableSetup(table, schema, catalogLocation, url, principal);
    }

    /** Grants the table's privileges to {@code principal} (the service principal's application ID). */
    public ZerobusTableSetup grantTo(String principal) {
        return new ZerobusTableSetup(table, schema, catalogLocation, schemaLocation, principal);
    }

    public List<Step> steps() {
        ObjectName schemaName = ObjectName.schema(table.catalog(), table.schema());
        String catalog = D.quote(table.catalog());
        String qualifiedSchema = D.qualified(schemaName);
        String qualifiedTable = D.qualified(table);
        List<Step> steps = new ArrayList<>();
        steps.add(new CreateIfMissing("catalog " + table.catalog(), "SHOW CATALOGS LIKE " + D.stringLiteral(table.catalog()),
                "CREATE CATALOG IF NOT EXISTS " + catalog + (catalogLocation == null ? "" : " MANAGED LOCATION " + D.stringLiteral(catalogLocation))));
        steps.add(new CreateIfMissing("schema " + schemaName, "SHOW SCHEMAS IN " + catalog + " LIKE " + D.stringLiteral(table.schema()),
                "CREATE SCHEMA IF NOT EXISTS " + qualifiedSchema + (schemaLocation == null ? "" : " MANAGED LOCATION " + D.stringLiteral(schemaLocation))));
        steps.add(new LocationCheck("DESCRIBE SCHEMA EXTENDED " + qualifiedSchema,
                "schema " + schemaName + " has no managed location of its own, so " + table + " lands in default storage, where Zerobus refuses to write "
                        + "(Error Code 4024, unsupported table kind). As a workspace admin, run once: ALTER SCHEMA " + qualifiedSchema
                        + " SET MANAGED LOCATION '<external location URL>' (before the table is created), or pass a schema location"));
        // a managed Delta table: no LOCATION clause
        steps.add(new Required("table " + table, RowSchemaSql.createTable(D, table, schema) + " USING DELTA"));
        if (principal != null) {
            String p = D.quote(principal);
            steps.add(new Grant("GRANT USE CATALOG ON CATALOG " + catalog + " TO " + p));
            steps.add(new Grant("GRANT USE SCHEMA ON SCHEMA " + qualifiedSchema + " TO " + p));
            steps.add(new Grant("GRANT CREATE TABLE ON SCHEMA " + qualifiedSchema + " TO " + p));
            steps.add(new Grant("GRANT MODIFY, SELECT ON TABLE " + qualifiedTable + " TO " + p));
        }
        return List.copyOf(steps);
    }

    /**
     * Runs {@link #steps()} on one connection.
     *
     * @throws SQLException when a catalog, schema or table cannot be created (the message names which)
     */
    public Result run(Connector connector) throws SQLException {
        List<String> executed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Connection c = connector.open(); Statement st = c.createStatement()) {
            for (Step step : steps()) {
                if (step instanceof CreateIfMissing s) {
                    if (Boolean.TRUE.equals(exists(st, s.check(), executed))) skipped.add(s.create());
                    else execute(st, s.create(), s.what(), executed);
                } else if (step instanceof Required s) {
                    execute(st, s.sql(), s.what(), executed);
                } else if (step instanceof LocationCheck s) {
                    try (ResultSet rs = st.executeQuery(s.sql())) {
                        executed.add(s.sql());
                        if (!hasOwnLocation(rs)) warnings.add(s.remediation());
                    } catch (SQLException e) {
                        warnings.add("could not check the managed location of " + table.catalog() + "." + table.schema() + " (" + EngineErrors.firstLine(e.getMessage())
                                + "); Zerobus needs it to have one: " + s.remediation());
                    }
                } else if (step instanceof Grant s) {
                    try {
                        st.execute(s.sql());
                        executed.add(s.sql());
                    } catch (SQLException e) {
                        warnings.add(s.sql() + " failed (" + EngineErrors.firstLine(e.getMessage()) + "); someone who manages the object must run it");
                    }
                }
            }
        }
        return new Result(List.copyOf(executed), List.copyOf(skipped), List.copyOf(warnings));
    }

    /** True when the check lists a row, false when none, null when it could not run (then creation is tried). */
    private static Boolean exists(Statement st, String check, List<String> executed) {
        try (ResultSet rs = st.executeQuery(check)) {
            executed.add(check);
            return rs.next();
        } catch (SQLException e) {
            return null;
        }
    }

    private static void execute(Statement st, String sql, String what, List<String> executed) throws SQLException {
        try {
            st.execute(sql);
            executed.add(sql);
        } catch (SQLException e) {
            throw new SQLException("cannot create " + what + ": " + EngineErrors.firstLine(e.getMessage()), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    /**
     * Whether {@code DESCRIBE SCHEMA EXTENDED}'s (item, value) rows give the schema a location:
     * a non-empty {@code Location}, {@code Managed Location} or {@code Storage Root} row.
     */
    static boolean hasOwnLocation(ResultSet rs) throws SQLException {
        while (rs.next()) {
            String item = String.valueOf(rs.getString(1)).trim().toLowerCase(Locale.ROOT);
            String value = rs.getMetaData().getColumnCount() > 1 ? rs.getString(2) : null;
            if ((item.equals("location") || item.equals("managed location") || item.equals("storage root") || item.equals("storage_root"))
                    && value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void requireLocation(String url) {
        if (!LOCATION.matcher(url).matches()) {
            throw new IllegalArgumentException("'" + url + "' is not a cloud storage URL (s3://, abfss://, gs:// or r2://, covered by a Unity Catalog external location)");
        }
    }
}
