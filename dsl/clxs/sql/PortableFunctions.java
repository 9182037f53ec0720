package clxs.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The functions of portable SQL whose spelling differs between engines, written
 * {@code {{name(args)}}}. Each maps to a {@link Dialect} primitive, so a new engine only adds
 * primitives, never another copy of these definitions.
 *
 * <table>
 *   <caption>Portable functions</caption>
 *   <tr><th>portable</th><th>Databricks</th><th>DuckDB</th></tr>
 *   <tr><td>{@code add_days(d, n)}</td><td>{@code date_add(d, n)}</td><td>{@code d + CAST(n AS INTEGER)}</td></tr>
 *   <tr><td>{@code days_between(a, b)}</td><td>{@code datediff(b, a)}</td><td>{@code date_diff('day', a, b)}</td></tr>
 *   <tr><td>{@code years_between(a, b)}</td><td colspan="2">whole years from a to b (ages), same text on both</td></tr>
 *   <tr><td>{@code months_between(a, b)}</td><td colspan="2">whole months from a to b (tenure), same text on both</td></tr>
 *   <tr><td>{@code month_start(d)}</td><td colspan="2">{@code CAST(date_trunc('MONTH', d) AS DATE)}</td></tr>
 *   <tr><td>{@code format_date(d, 'MMM dd, yyyy')}</td><td>{@code date_format}</td><td>{@code strftime}</td></tr>
 *   <tr><td>{@code format_number(x, 2)}</td><td>{@code format_number}</td><td>{@code format('{:,.2f}', x)}</td></tr>
 * </table>
 * and {@code year_month, seconds_between, sha256, initcap, regex_replace, matches, day_of_week, int_div, percentile};
 * {@code hash_unit(key, salt)} (a reproducible uniform draw), {@code is_member('group')} (group
 * membership; false on engines without principals) and {@code rows(first, last)} (a row source
 * with column {@code id}, in a FROM clause).
 */
public final class PortableFunctions {

    @FunctionalInterface
    private interface Spelling {
        String render(Dialect d, List<String> a);
    }

    private record Definition(int arity, Spelling spelling) {}

    private static final Map<String, Definition> FUNCTIONS = new LinkedHashMap<>();

    static {
        define("add_days", 2, (d, a) -> d.addDays(a.get(0), a.get(1)));
        define("days_between", 2, (d, a) -> d.daysBetween(a.get(0), a.get(1)));
        define("add_seconds", 2, (d, a) -> d.addSeconds(a.get(0), a.get(1)));
        define("seconds_between", 2, (d, a) -> d.secondsBetween(a.get(0), a.get(1)));
        define("years_between", 2, (d, a) -> "(year(" + a.get(1) + ") - year(" + a.get(0) + ") - CASE WHEN month(" + a.get(1) + ") * 100 + day("
                + a.get(1) + ") < month(" + a.get(0) + ") * 100 + day(" + a.get(0) + ") THEN 1 ELSE 0 END)");
        define("months_between", 2, (d, a) -> "((year(" + a.get(1) + ") - year(" + a.get(0) + ")) * 12 + month(" + a.get(1) + ") - month(" + a.get(0)
                + ") - CASE WHEN day(" + a.get(1) + ") < day(" + a.get(0) + ") THEN 1 ELSE 0 END)");
        define("month_start", 1, (d, a) -> "CAST(date_trunc('MONTH', " + a.get(0) + ") AS DATE)");
        define("year_month", 1, (d, a) -> d.formatDate(a.get(0), "yyyy-MM"));
        define("format_date", 2, (d, a) -> d.formatDate(a.get(0), unquote(a.get(1))));
        define("format_number", 2, (d, a) -> d.formatNumber(a.get(0), Integer.parseInt(a.get(1).trim())));
        define("sha256", 1, (d, a) -> d.sha256("CAST(" + a.get(0) + " AS " + d.typeName(clxs.model.SqlType.STRING) + ")"));
        define("initcap", 1, (d, a) -> d.initcap(a.get(0)));
        define("regex_replace", 3, (d, a) -> d.regexReplace(a.get(0), a.get(1), a.get(2)));
        define("matches", 2, (d, a) -> d.regexMatches(a.get(0), a.get(1)));
        define("day_of_week", 1, (d, a) -> d.dayOfWeek(a.get(0)));
        define("int_div", 2, (d, a) -> d.intDiv(a.get(0), a.get(1)));
        define("percentile", 2, (d, a) -> d.percentile(a.get(0), a.get(1)));
        // a uniform draw in (0, 1) from an integer key and a salt: the same rows are picked on every run
        define("hash_unit", 2, (d, a) -> d.hashUnit("CAST(" + a.get(0) + " AS BIGINT)", Integer.parseInt(a.get(1).trim())));
        define("is_member", 1, (d, a) -> d.isGroupMember(a.get(0)));
        define("rows", 2, (d, a) -> d.rowSource(Long.parseLong(a.get(0).trim()), Long.parseLong(a.get(1).trim())));
    }

    private PortableFunctions() {}

    private static void define(String name, int arity, Spelling spelling) {
        FUNCTIONS.put(name, new Definition(arity, spelling));
    }

    public static Set<String> names() {
        return FUNCTIONS.keySet();
    }

    static String apply(Dialect dialect, String name, List<String> args) {
        Definition def = FUNCTIONS.get(name);
        if (def == null) throw new IllegalArgumentException("unknown portable function {{" + name + "(...)}}; known: " + FUNCTIONS.keySet());
        if (args.size() != def.arity()) {
            throw new IllegalArgumentException("{{" + name + "(...)}} takes " + def.arity() + " arguments, got " + args.size());
        }
        return def.spelling().render(dialect, args);
    }

    private static String unquote(String literal) {
        String t = literal.trim();
        if (t.length() < 2 || t.charAt(0) != '\'' || t.charAt(t.length() - 1) != '\'') {
            throw new IllegalArgumentException("expected a quoted pattern, got " + literal);
        }
        return t.substring(1, t.length() - 1);
    }
}
