package clxs.engine;

import clxs.result.TextTable;

import clxs.settings.Json;
import clxs.sql.Dialect;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of a read-only query over the local catalogs, each attached under its own name so
 * {@code catalog.schema.table} works. Renders as a text table, CSV or JSON.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, long updateCount) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** Runs {@code sql} with {@code catalogs} attached read-only; {@code defaultCatalog} (or the only one) is USEd. */
    public static QueryResult run(LocalCatalogs dir, List<String> catalogs, String defaultCatalog, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String name : catalogs) {
                exec(c, "ATTACH " + Dialect.DUCKDB.stringLiteral(dir.file(name).toString()) + " AS " + Dialect.DUCKDB.quote(name) + " (READ_ONLY)");
            }
            String use = defaultCatalog != null ? defaultCatalog : catalogs.size() == 1 ? catalogs.get(0) : null;
            if (use != null) exec(c, "USE " + Dialect.DUCKDB.quote(use));
            try (Statement s = c.createStatement()) {
                if (!s.execute(sql)) return new QueryResult(List.of(), List.of(), s.getUpdateCount());
                return of(s.getResultSet());
            }
        }
    }

    /** Reads (and closes) a result set. */
    public static QueryResult of(ResultSet result) throws SQLException {
        try (ResultSet rs = result) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(cols.size());
                for (int i = 1; i <= cols.size(); i++) row.add(rs.getObject(i));
                rows.add(row);
            }
            return new QueryResult(cols, rows, -1);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Aligned text, at most {@code maxRows} rows, with a count line. */
    public String toTable(int maxRows) {
        if (columns.isEmpty()) return "OK" + (updateCount >= 0 ? " (" + updateCount + " rows affected)" : "") + System.lineSeparator();
        List<List<String>> shown = new ArrayList<>();
        for (List<Object> row : rows.subList(0, Math.min(rows.size(), Math.max(0, maxRows)))) shown.add(row.stream().map(QueryResult::text).toList());
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            final int col = i;
            right.add(!rows.isEmpty() && rows.stream().allMatch(r -> r.get(col) == null || r.get(col) instanceof Number));
        }
        String table = TextTable.render(columns, shown, right);
        String more = rows.size() > shown.size() ? "... " + (rows.size() - shown.size()) + " more rows not shown" + System.lineSeparator() : "";
        return table + more + "(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)") + System.lineSeparator();
    }

    /** RFC 4180 CSV with a header line. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", columns.stream().map(QueryResult::csvField).toList())).append("\r\n");
        for (List<Object> row : rows) b.append(String.join(",", row.stream().map(v -> v == null ? "" : csvField(text(v))).toList())).append("\r\n");
        return b.toString();
    }

    /** An array of objects, one per row; numbers and booleans stay JSON numbers and booleans. */
    public String toJson() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (List<Object> row : rows) {
            ObjectNode o = array.addObject();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                String k = columns.get(i);
                if (v == null) o.putNull(k);
                else if (v instanceof Boolean bool) o.put(k, bool);
                else if (v instanceof BigDecimal d) o.put(k, d);
                else if (v instanceof Long || v instanceof Integer || v instanceof Short) o.put(k, ((Number) v).longValue());
                else if (v instanceof java.math.BigInteger big) o.put(k, big);
                else if (v instanceof Double || v instanceof Float) o.put(k, ((Number) v).doubleValue());
                else o.put(k, text(v));
            }
        }
        try {
            return Json.MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value as people write it; a timestamp without a zero fraction ({@code 18:00:42}, not {@code 18:00:42.0}). */
    private static String text(Object v) {
        if (v == null) return "NULL";
        if (v instanceof java.sql.Timestamp ts) return TIMESTAMP.format(ts.toLocalDateTime());
        if (v instanceof java.time.LocalDateTime ldt) return TIMESTAMP.format(ldt);
        return v.toString();
    }

    private static final java.time.format.DateTimeFormatter TIMESTAMP = new java.time.format.DateTimeFormatterBuilder()
            .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(java.util.Locale.ROOT);

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The first 50 rows as an aligned table, so a result reads well when printed or shown in JShell. */
    @Override
    public String toString() {
        return toTable(50);
    }
}
