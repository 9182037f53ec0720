package clxs.yaml;

import clxs.model.Gen;
import clxs.model.Names;
import clxs.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Clone-Xs table form: {@code ddl_cols} (column definitions) and {@code insert_expr} (the
 * SELECT list, Databricks SQL over {@code id} with an {@code {offset}} placeholder). Each SELECT
 * item becomes a {@link Gen.RawSql} column, so the table runs on Databricks exactly as written;
 * clxs row ids are already global ({@code range(1, N + 1)}), so {@code {offset}} is 0.
 */
final class CloneXsForm {

    private static final Pattern DDL = Pattern.compile("(?is)\\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\\s+(.+?)(?:\\s+NOT\\s+NULL)?(?:\\s+COMMENT\\s+'((?:[^']|'')*)')?\\s*");
    private static final Pattern ALIAS = Pattern.compile("(?is)(.*\\S)\\s+AS\\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\\s*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    /** A column of a Clone-Xs table: its DDL type and SELECT expression. */
    record RawColumn(String name, SqlType type, Gen gen, String comment) {}

    private CloneXsForm() {}

    /** The columns, or null after reporting problems at {@code at} (the table). */
    static List<RawColumn> columns(String ddlCols, String insertExpr, KeyPath at, ReadContext cx) {
        List<String> defs = split(ddlCols, true);
        List<String> exprs = split(insertExpr, false);
        KeyPath ddlAt = at.key("ddl_cols");
        KeyPath insertAt = at.key("insert_expr");
        if (defs.size() != exprs.size()) {
            cx.problem(insertAt, "has " + exprs.size() + " expression" + (exprs.size() == 1 ? "" : "s") + " for the " + defs.size()
                    + " column" + (defs.size() == 1 ? "" : "s") + " of ddl_cols; expected one 'expression AS column' per column, in the same order");
            return null;
        }
        List<RawColumn> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < defs.size(); i++) {
            Matcher d = DDL.matcher(defs.get(i));
            if (!d.matches()) {
                cx.problem(ddlAt, "column " + (i + 1) + " '" + defs.get(i).strip() + "' is not 'name TYPE'");
                ok = false;
                continue;
            }
            String name = d.group(1);
            SqlType type;
            try {
                type = Spellings.sqlType(d.group(2));
            } catch (IllegalArgumentException e) {
                cx.problem(ddlAt, "column '" + name + "': " + e.getMessage());
                ok = false;
                continue;
            }
            String expr = exprs.get(i).strip();
            Matcher alias = ALIAS.matcher(expr);
            if (alias.matches()) {
                if (!alias.group(2).equalsIgnoreCase(name)) {
                    cx.problem(insertAt, "expression " + (i + 1) + " is named '" + alias.group(2) + "' but column " + (i + 1) + " of ddl_cols is '"
                            + name + "'; keep both lists in the same order");
                    ok = false;
                    continue;
                }
                expr = alias.group(1);
            }
            String sql = placeholders(expr, insertAt, name, cx);
            if (sql == null || Names.problem(name) != null) {
                ok &= sql != null;
                continue;
            }
            String comment = d.group(3) == null ? null : d.group(3).replace("''", "'");
            out.add(new RawColumn(name, type, Gen.rawSql(sql), comment));
        }
        return ok ? out : null;
    }

    private static String placeholders(String expr, KeyPath at, String column, ReadContext cx) {
        Matcher m = PLACEHOLDER.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!m.group(1).toLowerCase(Locale.ROOT).equals("offset")) {
                cx.problem(at, "column '" + column + "': placeholder {" + m.group(1) + "} is not supported; only {offset} is");
                return null;
            }
            m.appendReplacement(out, "0");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Splits on commas outside parentheses, brackets, quotes and (in DDL, {@code ARRAY<..>}) angle brackets. */
    static List<String> split(String text, boolean angleBrackets) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || (angleBrackets && c == '<')) {
                depth++;
            } else if (c == ')' || c == ']' || (angleBrackets && c == '>')) {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        String last = text.substring(start);
        if (!last.isBlank()) out.add(last);
        return out;
    }
}
