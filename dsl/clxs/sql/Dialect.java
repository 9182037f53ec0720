package clxs.sql;

import clxs.model.SqlType;
import clxs.plan.Capability;
import clxs.plan.ObjectName;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one SQL engine spells things. Statements are rendered once, by {@link StepRenderer} and
 * {@link ExprRenderer}; a dialect only supplies the pieces that differ between engines
 * (quoting, types, hashing, list indexing, date arithmetic, a few functions) and declares its
 * {@link Capability capabilities}.
 */
public sealed interface Dialect permits DatabricksDialect, DuckDbDialect {

    Dialect DATABRICKS = new DatabricksDialect();
    Dialect DUCKDB = new DuckDbDialect();

    List<Dialect> ALL = List.of(DATABRICKS, DUCKDB);

    /** {@code databricks} or {@code duckdb}. */
    String name();

    Set<Capability> capabilities();

    default boolean supports(Capability c) {
        return capabilities().contains(c);
    }

    static Dialect of(String name) {
        for (Dialect d : ALL) {
            if (d.name().equalsIgnoreCase(name)) return d;
        }
        throw new IllegalArgumentException("unknown dialect '" + name + "'; valid: "
                + ALL.stream().map(Dialect::name).collect(Collectors.joining(", ")));
    }

    // ------------------------------------------------------------------ names and literals

    char quoteChar();

    default String quote(String identifier) {
        String q = String.valueOf(quoteChar());
        return q + identifier.replace(q, q + q) + q;
    }

    default String qualified(ObjectName n) {
        String schema = quote(n.catalog()) + "." + quote(n.schema());
        return n.name() == null ? schema : schema + "." + quote(n.name());
    }

    String typeName(SqlType type);

    default String stringLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    default String dateLiteral(LocalDate d) {
        return "DATE '" + d + "'";
    }

    default String timestampLiteral(LocalDateTime t) {
        return "TIMESTAMP '" + t.toLocalDate() + " " + t.toLocalTime() + (t.getSecond() == 0 && t.getNano() == 0 ? ":00" : "") + "'";
    }

    /** Standard SQL string literals of portable SQL ({@code ''} for a quote, backslash literal) in this dialect's escaping. */
    default String portableLiterals(String sql) {
        return sql;
    }

    /** A DOUBLE literal on both engines (plain {@code 1.5} would be a DECIMAL). */
    default String doubleLiteral(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return (long) x + ".0E0";
        return Double.toString(x).toUpperCase(Locale.ROOT).contains("E") ? Double.toString(x).toUpperCase(Locale.ROOT) : x + "E0";
    }

    // ------------------------------------------------------------------ row generation

    /** The FROM clause producing rows {@code first..last} (inclusive) in a column named {@code id}. */
    String rowSource(long first, long last);

    /**
     * The number added to a row id before hashing a draw: {@code salt * 2^32}. Salts are below
     * 2^31 and row ids below 2^32, so (row, salt) pairs never collide and the sum fits a BIGINT.
     */
    static long saltOffset(int salt) {
        return ((long) salt) << 32;
    }

    /** A uniform integer in {@code [0, bound)} from the row id and salt. */
    String hashInt(String rowId, int salt, long bound);

    /** A uniform double in {@code (0, 1)} from the row id and salt. */
    String hashUnit(String rowId, int salt);

    /** Element {@code index0} (0-based) of a constant list. */
    String listElement(List<String> values, String index0);

    // ------------------------------------------------------------------ functions that differ

    String intDiv(String a, String b);

    String addDays(String date, String days);

    String addSeconds(String timestamp, String seconds);

    String sha256(String text);

    String chr(String codePoint);

    /** A whole number {@code 0 <= n < 36^width} in the digits 0-9, A-Z, zero-padded to {@code width}. */
    String base36(String n, int width);

    /** The fastest type holding 128-bit integers exactly (the product in an affine map of codes). */
    String int128Type();

    /** Whole days from {@code start} to {@code end}. */
    String daysBetween(String start, String end);

    /** Seconds from {@code start} to {@code end}. */
    String secondsBetween(String start, String end);

    /** A date formatted with a Java-style pattern ({@code yyyy-MM-dd}, {@code MMM dd, yyyy}). */
    String formatDate(String date, String javaPattern);

    /** A number with thousands separators and {@code decimals} places, e.g. {@code 1,234.50}. */
    String formatNumber(String number, int decimals);

    String initcap(String text);

    /** Replaces every match; {@code replacement} uses {@code $1} for groups. */
    String regexReplace(String text, String regex, String replacement);

    /** True when {@code regex} matches anywhere in {@code text} (anchor it for a full match). */
    String regexMatches(String text, String regex);

    /** Day of week, 1 = Sunday .. 7 = Saturday. */
    String dayOfWeek(String date);

    /** Whether the current user belongs to {@code groupLiteral} (a quoted name); engines without principals say no. */
    String isGroupMember(String groupLiteral);

    /** Approximate percentile {@code p} (0..1) of {@code x}, an aggregate. */
    String percentile(String x, String p);

    /**
     * The catalog's tables and views as {@code (table_schema, table_name, table_type, comment)},
     * {@code table_type} being {@code TABLE} or {@code VIEW}: Unity Catalog's information_schema,
     * DuckDB's global information_schema filtered to the catalog.
     */
    String catalogTables(String catalog);

    /** The catalog's columns as {@code (table_schema, table_name, column_name, data_type, ordinal_position, comment)}. */
    String catalogColumns(String catalog);

    // ------------------------------------------------------------------ statements that differ

    /** Databricks puts comments inside CREATE statements; DuckDB needs COMMENT ON afterwards. */
    boolean inlineComments();

    /** {@code CREATE [OR REPLACE] FUNCTION ...} (or macro) text, without the COMMENT ON part. */
    String createFunction(String qualifiedName, List<clxs.model.Udf.Param> params, SqlType returns, String body, String comment);

    /** The object kind keyword of a function in COMMENT ON, for dialects without inline comments. */
    String functionKeyword();
}
