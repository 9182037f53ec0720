package clxs.engine;

import clxs.result.TextTable;

import clxs.settings.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
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

    /**
     * Runs {@code sql} with {@code catalogs} attached read-only; {@code defaultCatalog} (or the only one) is USEd.
     * The session is {@link LocalQuery}'s: reads only.
     */
    public static QueryResult run(LocalCatalogs dir, List<String> catalogs, String defaultCatalog, String sql) throws SQLException {
        return LocalQuery.in(dir).defaultCatalog(defaultCatalog).run(sql);
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

    private static ObjectNode object(List<String> columns, List<Object> row) {
        ObjectNode o = Json.MAPPER.createObjectNode();
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
        return o;
    }

    /** Aligned text, at most {@code maxRows} rows, with a count line. */
    public String toTable(int maxRows) {
        if (columns.isEmpty()) return "OK" + (updateCount >= 0 ? " (" + updateCount + " rows affected)" : "") + System.lineSeparator();
        return table(columns, rows.subList(0, Math.min(rows.size(), Math.max(0, maxRows))), rows.size());
    }

    private static String table(List<String> columns, List<List<Object>> shownRows, long total) {
        List<List<String>> shown = new ArrayList<>();
        for (List<Object> row : shownRows) shown.add(row.stream().map(QueryResult::text).toList());
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            final int col = i;
            right.add(!shownRows.isEmpty() && shownRows.stream().allMatch(r -> r.get(col) == null || r.get(col) instanceof Number));
        }
        String table = TextTable.render(columns, shown, right);
        String more = total > shown.size() ? "... " + (total - shown.size()) + " more rows not shown" + System.lineSeparator() : "";
        return table + more + "(" + total + (total == 1 ? " row)" : " rows)") + System.lineSeparator();
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
        for (List<Object> row : rows) array.add(object(columns, row));
        try {
            return Json.MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes rows as they stream: an aligned table of the first {@code maxRows} (the rest only
     * counted), so memory stays bounded by what is shown. Returns the number of rows.
     */
    public static long writeTable(ResultSet rs, Appendable out, int maxRows) throws SQLException, java.io.IOException {
        List<String> cols = columns(rs);
        List<List<Object>> shown = new ArrayList<>();
        long total = 0;
        while (rs.next()) {
            if (total++ < Math.max(0, maxRows)) shown.add(row(rs, cols.size()));
        }
        out.append(table(cols, shown, total));
        return total;
    }

    /** Writes rows as RFC 4180 CSV as they stream. Returns the number of rows. */
    public static long writeCsv(ResultSet rs, Appendable out) throws SQLException, java.io.IOException {
        List<String> cols = columns(rs);
        out.append(String.join(",", cols.stream().map(QueryResult::csvField).toList())).append("\r\n");
        long n = 0;
        while (rs.next()) {
            out.append(String.join(",", row(rs, cols.size()).stream().map(v -> v == null ? "" : csvField(text(v))).toList())).append("\r\n");
            n++;
        }
        return n;
    }

    /** Writes rows as a JSON array as they stream, as {@link #toJson()} would. Returns the number of rows. */
    public static long writeJson(ResultSet rs, java.io.Writer out) throws SQLException, java.io.IOException {
        List<String> cols = columns(rs);
        long n = 0;
        try (com.fasterxml.jackson.core.JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            while (rs.next()) {
                Json.MAPPER.writeTree(g, object(cols, row(rs, cols.size())));
                n++;
            }
            g.writeEndArray();
        }
        out.write(System.lineSeparator());
        return n;
    }

    private static List<String> columns(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
        return cols;
    }

    private static List<Object> row(ResultSet rs, int n) throws SQLException {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
        return row;
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
