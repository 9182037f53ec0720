package clxs.yaml;

import clxs.model.CheckRule;
import clxs.model.Industry;
import clxs.model.Names;
import clxs.model.SqlType;
import clxs.model.StarSchema;
import clxs.model.Table;
import clxs.model.TableChange;
import clxs.model.Udf;
import clxs.model.View;
import clxs.yaml.IndustryReader.TableDraft;
import clxs.yaml.YamlForm.ChangeYaml;
import clxs.yaml.YamlForm.CheckYaml;
import clxs.yaml.YamlForm.DimensionYaml;
import clxs.yaml.YamlForm.ExampleYaml;
import clxs.yaml.YamlForm.FunctionYaml;
import clxs.yaml.YamlForm.IndustryYaml;
import clxs.yaml.YamlForm.ViewYaml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what is built on an industry's tables: views, functions, gold views, star schema, checks and changes. */
final class OverlayReader {

    /** {@code {{table}}} or {@code {{schema.table}}}; portable function calls have parentheses and are not matched. */
    private static final Pattern TABLE_REF = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?\\s*}}");

    /** A view reading a table of another industry: checked once every file is read. */
    record ForeignReference(KeyPath at, String industry, String table) {}

    private final ReadContext cx;
    private final String industry;
    private final Map<String, TableDraft> tables;
    private final List<ForeignReference> foreign = new ArrayList<>();

    OverlayReader(ReadContext cx, String industry, Map<String, TableDraft> tables) {
        this.cx = cx;
        this.industry = industry;
        this.tables = tables;
    }

    List<ForeignReference> foreign() {
        return foreign;
    }

    /** Checks every overlay and, when {@code builder} is given, adds them to it. */
    void read(IndustryYaml form, Industry.Builder builder) {
        KeyPath root = KeyPath.ROOT;
        List<View> views = views(form.views(), root.key("views"), false);
        List<Udf> udfs = functions(form.functions(), root.key("functions"));
        List<View> gold = views(form.gold(), root.key("gold"), true);
        StarSchema star = star(form.star(), root.key("star"));
        List<CheckRule> checks = checks(form.checks(), root.key("checks"));
        List<TableChange> changes = changes(form.changes(), root.key("changes"));
        if (builder != null) builder.views(views).udfs(udfs).gold(gold).star(star).checks(checks).changes(changes);
    }

    // ------------------------------------------------------------------ views

    private List<View> views(List<ViewYaml> forms, KeyPath at, boolean gold) {
        List<View> out = new ArrayList<>();
        if (forms == null) return out;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            KeyPath here = at.index(i);
            ViewYaml v = forms.get(i);
            if (v == null) {
                cx.problem(here, "empty view; expected name, comment and sql");
                continue;
            }
            String name = name(v.name(), here, "view", names);
            String sql = cx.require(v.sql(), here, "sql", "the view's query in portable SQL, reading tables as {{table}}");
            if (name == null || sql == null) continue;
            if (!gold && tables.containsKey(name)) {
                cx.problem(here.key("name"), "view '" + name + "' has the name of a table of this industry; views and tables share the schema");
                continue;
            }
            if (references(sql, here.key("sql"), gold)) out.add(new View(name, v.comment(), sql));
        }
        return out;
    }

    /** Whether every table the SQL reads exists; problems are reported. */
    private boolean references(String sql, KeyPath at, boolean gold) {
        if (count(sql, "{{") != count(sql, "}}")) {
            cx.problem(at, "unbalanced '{{' and '}}'; tables are written {{table}} and portable functions {{fn(...)}}");
            return false;
        }
        boolean ok = true;
        Matcher m = TABLE_REF.matcher(sql);
        while (m.find()) {
            String owner = m.group(2) == null ? industry : m.group(1);
            String table = m.group(2) == null ? m.group(1) : m.group(2);
            if (gold && owner != null && owner.equals(industry + "_silver")) {
                TableDraft t = tables.get(table);
                if (t == null || t.role() != Table.Role.FACT || t.columns().stream().noneMatch(c -> Table.isRowKey(c.gen()))) {
                    List<String> facts = tables.values().stream().filter(x -> x.role() == Table.Role.FACT).map(TableDraft::name).toList();
                    cx.problem(at, "reads " + m.group() + ", but only fact tables with a key column have a silver view; "
                            + (facts.isEmpty() ? "this industry has no fact table" : "facts: " + BindingErrors.names(facts)));
                    ok = false;
                }
            } else if (owner != null && owner.equals(industry)) {
                if (!tables.containsKey(table)) {
                    String s = BindingErrors.closest(table, tables.keySet());
                    cx.problem(at, "reads " + m.group() + ", which is not a table of this industry" + (s == null ? "" : " (did you mean {{" + s + "}}?)")
                            + (gold ? "; gold views read tables and {{" + industry + "_silver.<fact>}}" : ""));
                    ok = false;
                }
            } else if (gold) {
                cx.problem(at, "reads " + m.group() + "; gold views read tables of this industry and {{" + industry + "_silver.<fact>}}");
                ok = false;
            } else if (owner != null) {
                foreign.add(new ForeignReference(at, owner, table));
            }
        }
        return ok;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) n++;
        return n;
    }

    // ------------------------------------------------------------------ functions

    private List<Udf> functions(List<FunctionYaml> forms, KeyPath at) {
        List<Udf> out = new ArrayList<>();
        if (forms == null) return out;
        Set<String> names = new HashSet<>();
        Generators types = new Generators(cx, null);
        for (int i = 0; i < forms.size(); i++) {
            KeyPath here = at.index(i);
            FunctionYaml f = forms.get(i);
            if (f == null) {
                cx.problem(here, "empty function; expected name, params, returns and body");
                continue;
            }
            String name = name(f.name(), here, "function", names);
            Udf.Category category = category(f.category(), here.key("category"));
            String returnsText = cx.require(f.returns(), here, "returns", "the SQL type of the result, e.g. STRING");
            SqlType returns = returnsText == null ? null : types.sqlType(returnsText, here.key("returns"));
            String body = cx.require(f.body(), here, "body", "the result as one portable SQL expression over the parameters");
            List<Udf.Param> params = new ArrayList<>();
            boolean ok = name != null && category != null && returns != null && body != null;
            if (f.params() != null) {
                for (Map.Entry<String, String> p : f.params().entrySet()) {
                    KeyPath pAt = here.key("params").key(p.getKey());
                    SqlType t = p.getValue() == null ? null : types.sqlType(p.getValue(), pAt);
                    if (p.getValue() == null) cx.problem(pAt, "missing SQL type; expected " + Spellings.SQL_TYPES);
                    Udf.Param param = t == null ? null : cx.model(pAt, () -> new Udf.Param(p.getKey(), t));
                    ok &= param != null;
                    params.add(param);
                }
            }
            List<Udf.Example> examples = new ArrayList<>();
            if (f.examples() != null) {
                for (int e = 0; e < f.examples().size(); e++) {
                    ExampleYaml ex = f.examples().get(e);
                    KeyPath eAt = here.key("examples").index(e);
                    String expected = ex == null ? null : cx.require(ex.expected(), eAt, "expected", "the result as an SQL literal, e.g. 'HIGH'");
                    if (ex == null) cx.problem(eAt, "empty example; expected arguments and expected");
                    ok &= expected != null;
                    examples.add(expected == null ? null : new Udf.Example(ex.arguments() == null ? "" : ex.arguments(), expected));
                }
            }
            if (ok) out.add(new Udf(name, category, params, returns, body, f.comment(), examples));
        }
        return out;
    }

    private Udf.Category category(String text, KeyPath at) {
        if (text == null) return Udf.Category.BUSINESS;
        try {
            return Udf.Category.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            cx.problem(at, "unknown category '" + text + "'; expected masking, formatting, validation or business");
            return null;
        }
    }

    // ------------------------------------------------------------------ star schema, checks, changes

    private StarSchema star(YamlForm.StarYaml form, KeyPath at) {
        if (form == null) return StarSchema.NONE;
        List<String> facts = new ArrayList<>();
        if (form.facts() != null) {
            for (int i = 0; i < form.facts().size(); i++) {
                String f = table(form.facts().get(i), at.key("facts").index(i), "fact");
                if (f != null) facts.add(f);
            }
        }
        List<StarSchema.Dimension> dims = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (form.dimensions() != null) {
            for (int i = 0; i < form.dimensions().size(); i++) {
                KeyPath here = at.key("dimensions").index(i);
                DimensionYaml d = form.dimensions().get(i);
                if (d == null) {
                    cx.problem(here, "empty dimension; expected name and table (and column for a derived dimension)");
                    continue;
                }
                String name = name(d.name(), here, "dimension", names);
                String table = table(cx.require(d.table(), here, "table", "the table the dimension copies"), here.key("table"), "dimension");
                if (name == null || table == null) continue;
                TableDraft t = tables.get(table);
                if (d.column() != null) {
                    if (t.columns().stream().noneMatch(c -> c.name().equals(d.column()))) {
                        cx.problem(here.key("column"), "table " + table + " has no column '" + d.column() + "'");
                    } else {
                        dims.add(new StarSchema.Derived(name, table, d.column()));
                    }
                } else if (t.columns().stream().noneMatch(c -> Table.isRowKey(c.gen()))) {
                    cx.problem(here.key("table"), "a conformed dimension needs a table with a key column; " + table + " has none");
                } else {
                    dims.add(new StarSchema.Conformed(name, table));
                }
            }
        }
        return new StarSchema(facts, dims);
    }

    private List<CheckRule> checks(List<CheckYaml> forms, KeyPath at) {
        List<CheckRule> out = new ArrayList<>();
        if (forms == null) return out;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            KeyPath here = at.index(i);
            CheckYaml c = forms.get(i);
            if (c == null) {
                cx.problem(here, "empty check; expected table, name and condition");
                continue;
            }
            String table = table(cx.require(c.table(), here, "table", "the table the rule applies to"), here.key("table"), "check");
            String name = name(c.name(), here, "check", names);
            String condition = cx.require(c.condition(), here, "condition", "a portable SQL condition over the table's columns");
            if (table != null && name != null && condition != null) out.add(new CheckRule(table, name, condition));
        }
        return out;
    }

    private List<TableChange> changes(List<ChangeYaml> forms, KeyPath at) {
        List<TableChange> out = new ArrayList<>();
        if (forms == null) return out;
        for (int i = 0; i < forms.size(); i++) {
            KeyPath here = at.index(i);
            ChangeYaml c = forms.get(i);
            if (c == null) {
                cx.problem(here, "empty change; expected table, description, set and where");
                continue;
            }
            String table = table(cx.require(c.table(), here, "table", "the table to update"), here.key("table"), "change");
            String description = cx.require(c.description(), here, "description", "what the update does, for the table's history");
            String set = cx.require(c.set(), here, "set", "the SET list in portable SQL, e.g. status = 'CLOSED'");
            String where = cx.require(c.where(), here, "where", "the WHERE condition in portable SQL");
            double share = c.share() == null ? 1 : c.share();
            if (!(share > 0 && share <= 1)) {
                cx.problem(here.key("share"), "share must be greater than 0 and at most 1 (the part of the matching rows to update), got " + share);
                continue;
            }
            String key = share < 1 ? cx.require(c.key(), here, "key", "the whole-number key column the rows to update are drawn from") : c.key();
            if (table != null && description != null && set != null && where != null && (share >= 1 || key != null)) {
                out.add(new TableChange(table, description, set, where, key, share));
            }
        }
        return out;
    }

    /** {@code name} when it is a table of this industry; otherwise null after a problem. */
    private String table(String name, KeyPath at, String what) {
        if (name == null) return null;
        if (!tables.containsKey(name)) {
            String s = BindingErrors.closest(name, tables.keySet());
            cx.problem(at, what + " names unknown table '" + name + "'" + (s == null ? "" : " (did you mean '" + s + "'?)"));
            return null;
        }
        return name;
    }

    /** A valid name not used before in {@code seen}; otherwise null after a problem. */
    private String name(String name, KeyPath at, String what, Set<String> seen) {
        String n = cx.require(name, at, "name", "the " + what + "'s name (letters, digits, _)");
        if (n == null) return null;
        if (Names.problem(n) != null) {
            cx.problem(at.key("name"), what + " name '" + n + "' " + Names.problem(n));
            return null;
        }
        if (!seen.add(n)) {
            cx.problem(at.key("name"), what + " '" + n + "' is defined twice");
            return null;
        }
        return n;
    }
}
