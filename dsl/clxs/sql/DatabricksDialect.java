package clxs.sql;

import clxs.model.SqlType;
import clxs.model.Udf;
import clxs.plan.Capability;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Databricks SQL (Unity Catalog, SQL warehouses; also OSS Spark 4 for most statements). */
public final class DatabricksDialect implements Dialect {

    private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

    DatabricksDialect() {}

    @Override public String name() { return "databricks"; }

    @Override public Set<Capability> capabilities() { return CAPABILITIES; }

    @Override public char quoteChar() { return '`'; }

    @Override
    public String typeName(SqlType t) {
        return t.kind() == SqlType.Kind.DECIMAL ? "DECIMAL(" + t.precision() + "," + t.scale() + ")" : t.kind().name();
    }

    @Override
    public String stringLiteral(String s) {
        // Databricks string literals treat backslash as an escape character
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Databricks string literals use backslash escapes: {@code 'Walker''s'} becomes {@code 'Walker\'s'}. */
    @Override
    public String portableLiterals(String sql) {
        if (sql.indexOf('\'') < 0) return sql;
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c != '\'') {
                out.append(c);
                i++;
                continue;
            }
            out.append('\'');
            i++;
            while (i < sql.length()) {
                char d = sql.charAt(i);
                if (d == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    out.append("\\'");
                    i += 2;
                } else if (d == '\'') {
                    out.append('\'');
                    i++;
                    break;
                } else {
                    out.append(d == '\\' ? "\\\\" : String.valueOf(d));
                    i++;
                }
            }
        }
        return out.toString();
    }

    @Override
    public String rowSource(long first, long last) {
        return "range(" + first + ", " + (last + 1) + ")";
    }

    @Override
    public String hashInt(String rowId, int salt, long bound) {
        return "pmod(" + hash(rowId, salt) + ", " + bound + ")";
    }

    @Override
    public String hashUnit(String rowId, int salt) {
        return "((shiftrightunsigned(" + hash(rowId, salt) + ", 11) + 0.5E0) / 9.007199254740992E15)";
    }

    /** One hash per draw of {@code id + salt * 2^32}, as on every dialect. */
    private static String hash(String rowId, int salt) {
        return "xxhash64(" + rowId + " + " + Dialect.saltOffset(salt) + ")";
    }

    @Override
    public String listElement(List<String> values, String index0) {
        return "element_at(array(" + String.join(", ", values) + "), CAST(" + index0 + " AS INT) + 1)";
    }

    @Override public String intDiv(String a, String b) { return "(" + a + " div " + b + ")"; }

    // date_add takes an INT: a BIGINT day count (a row id, say) is refused under ANSI mode
    @Override public String addDays(String date, String days) { return "date_add(" + date + ", " + asInt(days) + ")"; }

    /** {@code CAST(x AS INT)}, unless {@code x} is already exactly that. */
    private static String asInt(String sql) {
        String s = sql.strip();
        if (s.matches("-?\\d{1,9}")) return s;
        if (s.startsWith("CAST(") && s.endsWith(" AS INT)")) {
            int depth = 0;
            for (int i = 4; i < s.length(); i++) {
                if (s.charAt(i) == '(') depth++;
                else if (s.charAt(i) == ')' && --depth == 0) {
                    if (i == s.length() - 1) return s;
                    break;
                }
            }
        }
        return "CAST(" + sql + " AS INT)";
    }

    @Override public String addSeconds(String ts, String seconds) { return "timestampadd(SECOND, " + seconds + ", " + ts + ")"; }

    @Override public String sha256(String text) { return "sha2(" + text + ", 256)"; }

    @Override public String chr(String codePoint) { return "chr(" + codePoint + ")"; }

    /** {@code conv} spells digits above 9 in upper case. */
    @Override public String base36(String n, int width) { return "lpad(conv(CAST(" + n + " AS STRING), 10, 36), " + width + ", '0')"; }

    @Override public String int128Type() { return "DECIMAL(38,0)"; }

    @Override public String daysBetween(String start, String end) { return "datediff(" + end + ", " + start + ")"; }

    @Override public String secondsBetween(String start, String end) { return "(unix_timestamp(" + end + ") - unix_timestamp(" + start + "))"; }

    @Override public String formatDate(String date, String javaPattern) { return "date_format(" + date + ", " + stringLiteral(javaPattern) + ")"; }

    @Override public String formatNumber(String number, int decimals) { return "format_number(" + number + ", " + decimals + ")"; }

    @Override public String initcap(String text) { return "initcap(" + text + ")"; }

    @Override public String regexReplace(String text, String regex, String replacement) {
        return "regexp_replace(" + text + ", " + regex + ", " + replacement + ")";
    }

    @Override public String regexMatches(String text, String regex) { return "(" + text + " RLIKE " + regex + ")"; }

    @Override public String dayOfWeek(String date) { return "dayofweek(" + date + ")"; }

    @Override public String percentile(String x, String p) { return "percentile_approx(" + x + ", " + p + ")"; }

    @Override
    public String catalogTables(String catalog) {
        return "(SELECT table_schema, table_name, CASE WHEN table_type = 'VIEW' THEN 'VIEW' ELSE 'TABLE' END AS table_type, comment "
                + "FROM " + quote(catalog) + ".information_schema.tables WHERE table_schema <> 'information_schema')";
    }

    @Override
    public String catalogColumns(String catalog) {
        return "(SELECT table_schema, table_name, column_name, data_type, ordinal_position, comment "
                + "FROM " + quote(catalog) + ".information_schema.columns WHERE table_schema <> 'information_schema')";
    }

    @Override public boolean inlineComments() { return true; }

    @Override
    public String createFunction(String name, List<Udf.Param> params, SqlType returns, String body, String comment) {
        String args = params.stream().map(p -> quote(p.name()) + " " + typeName(p.type())).collect(Collectors.joining(", "));
        return "CREATE OR REPLACE FUNCTION " + name + "(" + args + ")\nRETURNS " + typeName(returns)
                + (comment == null ? "" : "\nCOMMENT " + stringLiteral(comment))
                + "\nRETURN " + body;
    }

    @Override public String functionKeyword() { return "FUNCTION"; }

    @Override public String toString() { return name(); }

    @Override public String isGroupMember(String groupLiteral) { return "is_account_group_member(" + groupLiteral + ")"; }
}
