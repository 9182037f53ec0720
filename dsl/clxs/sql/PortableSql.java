package clxs.sql;

import clxs.model.PortableSqlText;
import clxs.plan.ObjectName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portable SQL: the SQL Databricks and DuckDB share, plus two kinds of {@code {{...}}} markers.
 *
 * <ul>
 *   <li>{@code {{claims}}} is a table of the current schema, {@code {{insurance.policies}}} a table
 *       of another schema of the same catalog; both render as quoted three-part names.</li>
 *   <li>{@code {{days_between(a, b)}}} is one of the {@link PortableFunctions} whose spelling
 *       differs between engines.</li>
 *   <li>{@code {{catalog_tables()}}} and {@code {{catalog_columns()}}} are the catalog's tables and
 *       columns (information_schema on Databricks, DuckDB's catalog locally).</li>
 * </ul>
 *
 * Everything else is passed through, so views read like SQL. String literals follow standard
 * SQL ({@code 'Walker''s'}, backslashes literal); each dialect rewrites them to its own escaping.
 */
public final class PortableSql {

        private static final Pattern TABLE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?");
    private static final Pattern INPUT = Pattern.compile("\\$(\\d+)");
    /** {@code {{catalog_tables()}}} and {@code {{catalog_columns()}}}: the catalog's own metadata, as relations. */
    private static final java.util.Set<String> CATALOG_RELATIONS = java.util.Set.of("catalog_tables", "catalog_columns");

    private PortableSql() {}

    /** Renders {@code text}; table markers resolve in {@code catalog.schema} (null when tables are not allowed). */
    public static String render(Dialect dialect, String text, String catalog, String schema) {
        return renderMarkers(dialect, dialect.portableLiterals(text), catalog, schema);
    }

    /** Renders a derived column's template with {@code $0, $1, ...} bound to already rendered SQL. */
    public static String renderBound(Dialect dialect, String template, List<String> inputs) {
        return renderMarkers(dialect, bindInputs(dialect.portableLiterals(template), inputs), null, null);
    }

    private static String renderMarkers(Dialect dialect, String text, String catalog, String schema) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                out.append(text, i, text.length());
                return out.toString();
            }
            out.append(text, i, open);
            int close = PortableSqlText.matchingClose(text, open);
            String inner = text.substring(open + 2, close).trim();
            out.append(marker(dialect, inner, catalog, schema));
            i = close + 2;
        }
    }

    /** Replaces {@code $0, $1, ...} with the rendered inputs of a derived column. */
    public static String bindInputs(String template, List<String> inputs) {
        if (inputs.isEmpty()) return template;
        Matcher m = INPUT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= inputs.size()) throw new IllegalArgumentException("'" + template + "' refers to $" + n + " but has " + inputs.size() + " inputs");
            m.appendReplacement(out, Matcher.quoteReplacement("(" + inputs.get(n) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String marker(Dialect dialect, String inner, String catalog, String schema) {
        Matcher call = PortableSqlText.CALL.matcher(inner);
        if (call.matches() && CATALOG_RELATIONS.contains(call.group(1))) {
            if (catalog == null) throw new IllegalArgumentException("{{" + inner + "}} is not allowed here");
            return call.group(1).equals("catalog_tables") ? dialect.catalogTables(catalog) : dialect.catalogColumns(catalog);
        }
        if (call.matches()) {
            List<String> args = new ArrayList<>();
            for (String arg : PortableSqlText.splitArguments(call.group(2))) args.add(renderMarkers(dialect, arg.trim(), catalog, schema));
            return PortableFunctions.apply(dialect, call.group(1), args);
        }
        Matcher table = TABLE.matcher(inner);
        if (table.matches()) {
            if (catalog == null) throw new IllegalArgumentException("table reference {{" + inner + "}} is not allowed here");
            return table.group(2) == null
                    ? dialect.qualified(ObjectName.of(catalog, schema, table.group(1)))
                    : dialect.qualified(ObjectName.of(catalog, table.group(1), table.group(2)));
        }
        throw new IllegalArgumentException("'{{" + inner + "}}' is neither a table nor a portable function call");
    }

}
