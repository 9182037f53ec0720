package clxs.sql;

import clxs.model.SqlType;
import clxs.model.PortableSqlText;
import clxs.model.Udf;
import clxs.plan.Capability;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** DuckDB, the embedded local engine: functions become macros, the catalog is a database file. */
public final class DuckDbDialect implements Dialect {

    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.SQL_FUNCTIONS);

    DuckDbDialect() {}

    @Override public String name() { return "duckdb"; }

    @Override public Set<Capability> capabilities() { return CAPABILITIES; }

    @Override public char quoteChar() { return '"'; }

    @Override
    public String typeName(SqlType t) {
        return switch (t.kind()) {
            case STRING -> "VARCHAR";
            case INT -> "INTEGER";
            case DECIMAL -> "DECIMAL(" + t.precision() + "," + t.scale() + ")";
            default -> t.kind().name();
        };
    }

    @Override
    public String rowSource(long first, long last) {
        return "range(" + first + ", " + (last + 1) + ") AS t(id)";
    }

    @Override
    public String hashInt(String rowId, int salt, long bound) {
        return "CAST(" + hash(rowId, salt) + " % " + bound + " AS BIGINT)";
    }

    @Override
    public String hashUnit(String rowId, int salt) {
        return "(((" + hash(rowId, salt) + " >> 11) + 0.5E0) / 9.007199254740992E15)";
    }

    /**
     * {@code hash(id + salt * 2^32)}: one well-mixed hash per draw. DuckDB's two-argument
     * {@code hash(id, salt)} combines the two hashes so weakly that draws of one row with
     * different salts correlate (about -0.6), which bends every distribution built from two draws.
     */
    private static String hash(String rowId, int salt) {
        return "hash(" + rowId + " + " + Dialect.saltOffset(salt) + ")";
    }

    @Override
    public String listElement(List<String> values, String index0) {
        return "[" + String.join(", ", values) + "][" + index0 + " + 1]";
    }

    @Override public String intDiv(String a, String b) { return "(" + a + " // " + b + ")"; }

    @Override public String addDays(String date, String days) { return "(" + date + " + CAST(" + days + " AS INTEGER))"; }

    @Override public String addSeconds(String ts, String seconds) { return "(" + ts + " + to_seconds(CAST(" + seconds + " AS BIGINT)))"; }

    @Override public String sha256(String text) { return "sha256(" + text + ")"; }

    @Override public String chr(String codePoint) { return "chr(CAST(" + codePoint + " AS INTEGER))"; }

    @Override public String base36(String n, int width) { return "to_base(" + n + ", 36, " + width + ")"; }

    /** HUGEINT: more than twice as fast as DECIMAL(38,0), which checks every result's precision. */
    @Override public String int128Type() { return "HUGEINT"; }

    @Override public String daysBetween(String start, String end) { return "date_diff('day', " + start + ", " + end + ")"; }

    @Override public String secondsBetween(String start, String end) { return "date_diff('second', " + start + ", " + end + ")"; }

    @Override public String formatDate(String date, String javaPattern) { return "strftime(" + date + ", " + stringLiteral(JavaDatePattern.toStrftime(javaPattern)) + ")"; }

    @Override public String formatNumber(String number, int decimals) { return "format('{:," + "." + decimals + "f}', CAST(" + number + " AS DOUBLE))"; }

    @Override
    public String initcap(String text) {
        return "array_to_string(list_transform(string_split(lower(" + text + "), ' '), lambda w: upper(w[1]) || w[2:]), ' ')";
    }

    @Override public String regexReplace(String text, String regex, String replacement) {
        return "regexp_replace(" + text + ", " + regex + ", " + replacement.replaceAll("\\$(\\d)", "\\\\$1") + ", 'g')";
    }

    @Override public String regexMatches(String text, String regex) { return "regexp_matches(" + text + ", " + regex + ")"; }

    @Override public String dayOfWeek(String date) { return "(dayofweek(" + date + ") + 1)"; }

    @Override public String percentile(String x, String p) { return "quantile_cont(" + x + ", " + p + ")"; }

    @Override
    public String catalogTables(String catalog) {
        return "(SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, "
                + "TABLE_COMMENT AS comment FROM information_schema.tables WHERE table_catalog = " + stringLiteral(catalog) + ")";
    }

    @Override
    public String catalogColumns(String catalog) {
        return "(SELECT table_schema, table_name, column_name, data_type, ordinal_position, COLUMN_COMMENT AS comment "
                + "FROM information_schema.columns WHERE table_catalog = " + stringLiteral(catalog) + ")";
    }

    @Override public boolean inlineComments() { return false; }

    /**
     * A macro. Macro parameters are untyped, so every use of a parameter in the body is cast to its
     * declared type and the body to the return type: the macro then computes what the typed
     * Databricks function computes (integer arguments to a DOUBLE parameter divide as doubles).
     */
    @Override
    public String createFunction(String name, List<Udf.Param> params, SqlType returns, String body, String comment) {
        String args = params.stream().map(Udf.Param::name).collect(Collectors.joining(", "));
        return "CREATE OR REPLACE MACRO " + name + "(" + args + ") AS\nCAST((" + typedParameters(body, params) + ") AS " + typeName(returns) + ")";
    }

    /** Each parameter reference, cast to the parameter's type. */
    private String typedParameters(String body, List<Udf.Param> params) {
        return PortableSqlText.rewriteIdentifiers(body, word -> params.stream().filter(p -> p.name().equalsIgnoreCase(word)).findFirst()
                .map(p -> "CAST(" + word + " AS " + typeName(p.type()) + ")").orElse(null));
    }

    @Override public String functionKeyword() { return "MACRO"; }

    @Override public String toString() { return name(); }

    /** DuckDB has no users or groups: nobody is a member, so masks mask and filters filter. */
    @Override public String isGroupMember(String groupLiteral) { return "false"; }
}
