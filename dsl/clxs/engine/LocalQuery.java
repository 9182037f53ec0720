package clxs.engine;

import clxs.settings.Json;
import clxs.sql.Dialect;
import clxs.sql.EngineErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query over the local catalogs in a session that cannot write or load anything: every
 * catalog attached read-only under its name, then external access off (no files, no network, no
 * extensions to install or load) and the configuration locked; and only read statements accepted
 * ({@code SELECT}, {@code WITH}, {@code VALUES}, {@code FROM}, {@code DESCRIBE}, {@code SHOW},
 * {@code SUMMARIZE}, {@code EXPLAIN} of those, and read-only {@code PRAGMA}s). A file in the
 * directory that DuckDB cannot open, or whose name differs from another's only by case (DuckDB
 * names catalogs without case), is skipped with a warning instead of failing every query.
 *
 * <pre>{@code
 * QueryResult r = LocalQuery.in(catalogs).defaultCatalog("demo").run("select count(*) from healthcare.claims");
 * }</pre>
 */
public final class LocalQuery {

    /** PRAGMAs that only read. */
    private static final Set<String> READ_PRAGMAS = Set.of("version", "database_size", "database_list", "show_tables", "show_tables_expanded",
            "table_info", "show", "storage_info", "functions", "collations", "platform", "metadata_info", "user_agent", "show_databases");
    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s*(--[^\\n]*(\\n|$)|/\\*.*?\\*/))*\\s*", Pattern.DOTALL);
    private static final Pattern EXPLAIN = Pattern.compile("^explain(\\s+analyze)?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRAGMA = Pattern.compile("^pragma\\s+(\\w+)\\s*(\\([^;]*\\))?\\s*;?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Reads a result as it streams; the result set is closed afterwards. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final LocalCatalogs catalogs;
    private final String defaultCatalog;
    private final Consumer<String> warnings;

    private LocalQuery(LocalCatalogs catalogs, String defaultCatalog, Consumer<String> warnings) {
        this.catalogs = catalogs;
        this.defaultCatalog = defaultCatalog;
        this.warnings = warnings;
    }

    public static LocalQuery in(LocalCatalogs catalogs) {
        return new LocalQuery(catalogs, null, w -> { });
    }

    /** The catalog {@code schema.table} names refer to (default: the only catalog, if there is one). */
    public LocalQuery defaultCatalog(String catalog) {
        return new LocalQuery(catalogs, catalog, warnings);
    }

    /** Where warnings about skipped files go (default: nowhere). */
    public LocalQuery onWarning(Consumer<String> sink) {
        return new LocalQuery(catalogs, defaultCatalog, sink);
    }

    /** Runs {@code sql} and keeps every row. */
    public QueryResult run(String sql) throws SQLException {
        return stream(sql, QueryResult::of);
    }

    /**
     * Runs {@code sql} and hands the rows to {@code reader} as they come, so a large result is
     * never held whole.
     *
     * @throws ReadOnlyQueryException when the statement is not a read
     */
    public <T> T stream(String sql, Reader<T> reader) throws SQLException {
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", p)) {
            List<String> attached = attach(c);
            String use = defaultCatalog != null ? defaultCatalog : attached.size() == 1 ? attached.get(0) : null;
            if (use != null) {
                if (!attached.contains(use)) throw new SQLException("catalog " + use + " could not be attached (see the warning above)");
                exec(c, "USE " + Dialect.DUCKDB.quote(use));
            }
            for (String setting : List.of("enable_external_access = false", "autoinstall_known_extensions = false",
                    "autoload_known_extensions = false", "lock_configuration = true")) {
                exec(c, "SET " + setting);
            }
            String refusal = refusal(c, sql);
            if (refusal != null) throw new ReadOnlyQueryException(refusal);
            try (Statement s = c.createStatement()) {
                if (!s.execute(sql)) throw new SQLException("the statement returned no rows");
                try (ResultSet rs = s.getResultSet()) {
                    return reader.read(rs);
                }
            }
        }
    }

    /** Attaches every catalog read-only; skips (with a warning) files DuckDB cannot open and names that collide ignoring case. */
    private List<String> attach(Connection c) {
        List<String> attached = new ArrayList<>();
        Map<String, String> byLowerCase = new HashMap<>();
        for (String name : catalogs.list()) {
            String clash = byLowerCase.get(name.toLowerCase(Locale.ROOT));
            if (clash != null) {
                warnings.accept("skipped " + catalogs.file(name) + ": its name differs from catalog " + clash + " only by case, and DuckDB names catalogs without case");
                continue;
            }
            try {
                exec(c, "ATTACH " + Dialect.DUCKDB.stringLiteral(catalogs.file(name).toString()) + " AS " + Dialect.DUCKDB.quote(name) + " (READ_ONLY)");
                attached.add(name);
                byLowerCase.put(name.toLowerCase(Locale.ROOT), name);
            } catch (SQLException e) {
                warnings.accept("skipped " + catalogs.file(name) + ": DuckDB cannot open it (" + EngineErrors.firstLine(e.getMessage()) + ")");
            }
        }
        return attached;
    }

    /**
     * Why {@code sql} is not accepted as a read, or null. DuckDB's own parser decides: it serialises
     * SELECT-like statements only; EXPLAIN and PRAGMA are checked by form.
     */
    static String refusal(Connection c, String sql) throws SQLException {
        String text = LEADING_COMMENTS.matcher(sql).replaceFirst("");
        Matcher explain = EXPLAIN.matcher(text);
        if (explain.find()) return refusal(c, text.substring(explain.end()));
        Matcher pragma = PRAGMA.matcher(text);
        if (pragma.matches()) {
            String name = pragma.group(1).toLowerCase(Locale.ROOT);
            return READ_PRAGMAS.contains(name) ? null : "PRAGMA " + name + " is not a read-only PRAGMA; query runs reads only (" + String.join(", ", sorted(READ_PRAGMAS)) + ")";
        }
        JsonNode parsed;
        try (PreparedStatement s = c.prepareStatement("SELECT json_serialize_sql(?)")) {
            s.setString(1, sql);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                parsed = Json.MAPPER.readTree(rs.getString(1));
            } catch (JsonProcessingException e) {
                throw new SQLException("cannot read DuckDB's parse of the query: " + e.getOriginalMessage(), e);
            }
        }
        if (!parsed.path("error").asBoolean(false)) {
            int n = parsed.path("statements").size();
            return n == 1 ? null : "query runs one statement at a time; this text holds " + n;
        }
        // a syntax error is reported by running the statement (DuckDB's own message); anything else parsed but is not a read
        if ("parser".equals(parsed.path("error_type").asText())) return null;
        return "query runs read-only statements only (SELECT, WITH, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, read-only PRAGMAs); "
                + "this one would change something or reach outside the catalogs: " + firstWords(text);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String firstWords(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
