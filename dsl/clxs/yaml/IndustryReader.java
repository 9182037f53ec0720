package clxs.yaml;

import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Names;
import clxs.model.Pool;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.yaml.YamlForm.GenYaml;
import clxs.yaml.YamlForm.IndustryYaml;
import clxs.yaml.YamlForm.PoolYaml;
import clxs.yaml.YamlForm.TableYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a bound {@link IndustryYaml} and builds the model's {@link Industry} from it: every
 * problem is reported with its line and key path before anything is built, then the model's own
 * builder infers the types left out.
 */
final class IndustryReader {

    private final ReadContext cx;
    /** Tables as written, by name, for the reference checks. */
    private final Map<String, TableDraft> tables = new LinkedHashMap<>();
    private final List<String> cloneXsTables = new ArrayList<>();
    /** Every table name written, including tables with problems (so their references are not reported twice). */
    private final java.util.Set<String> declared = new java.util.HashSet<>();

    /** A table read from YAML: its columns are still model specs (types may be null). */
    record TableDraft(KeyPath at, String name, long rows, Table.Role role, String date, String comment, List<ColumnDraft> columns) {}

    record ColumnDraft(KeyPath at, String name, SqlType type, Gen gen, String comment) {}

    /** What reading a file gives: the industry (null when it has problems) and the tables written in the Clone-Xs form. */
    record Result(Industry industry, List<String> cloneXsTables, List<OverlayReader.ForeignReference> foreignReferences, KeyPath nameAt) {}

    IndustryReader(ReadContext cx) {
        this.cx = cx;
    }

    Result read(IndustryYaml form) {
        KeyPath root = KeyPath.ROOT;
        String name = cx.require(form.name(), root, "name", "the industry's name, also its schema name (letters, digits, _)");
        if (name != null && Names.problem(name) != null) cx.problem(root.key("name"), "industry name '" + name + "' " + Names.problem(name));
        seasonalities(form.seasonalities());
        pools(form.pools());
        List<TableYaml> tableForms = cx.require(form.tables(), root, "tables", "a list of tables, each with name, rows and columns");
        if (tableForms != null && tableForms.isEmpty()) cx.problem(root.key("tables"), "no tables; an industry needs at least one");
        if (tableForms != null) {
            for (int i = 0; i < tableForms.size(); i++) table(tableForms.get(i), root.key("tables").index(i));
        }
        checkReferences();
        OverlayReader overlays = new OverlayReader(cx, name, tables);
        Industry.Builder builder = name == null ? null : Industry.named(name).description(form.description() == null ? "" : form.description());
        overlays.read(form, builder);
        if (!cx.problems.isEmpty() || builder == null) return new Result(null, cloneXsTables, overlays.foreign(), root.key("name"));
        for (TableDraft t : tables.values()) builder.table(tableBuilder(t));
        try {
            return new Result(builder.build(), cloneXsTables, overlays.foreign(), root.key("name"));
        } catch (IllegalArgumentException e) {
            cx.problem(root, e.getMessage());
            return new Result(null, cloneXsTables, overlays.foreign(), root.key("name"));
        }
    }

    private static Table.Builder tableBuilder(TableDraft t) {
        Table.Builder b = switch (t.role()) {
            case FACT -> Table.fact(t.name(), t.rows());
            case DIMENSION -> Table.dimension(t.name(), t.rows());
            case LOOKUP -> Table.lookup(t.name(), t.rows());
        };
        if (t.date() != null) b.date(t.date());
        if (t.comment() != null) b.comment(t.comment());
        for (ColumnDraft c : t.columns()) b.col(c.name(), c.type(), c.gen(), c.comment());
        return b;
    }

    // ------------------------------------------------------------------ seasonalities and pools

    private void seasonalities(Map<String, List<Double>> defined) {
        if (defined == null) return;
        KeyPath at = KeyPath.ROOT.key("seasonalities");
        for (Map.Entry<String, List<Double>> e : defined.entrySet()) {
            KeyPath here = at.key(e.getKey());
            if (Spellings.SEASONALITIES.containsKey(e.getKey())) {
                cx.problem(here, "'" + e.getKey() + "' is a built-in seasonality; give your pattern another name");
            } else if (Names.problem(e.getKey()) != null) {
                cx.problem(here, "seasonality name '" + e.getKey() + "' " + Names.problem(e.getKey()));
            } else if (e.getValue() == null || e.getValue().contains(null)) {
                cx.problem(here, "expected 12 month weights, January first, e.g. [1.5, 1.4, 1.1, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5]");
            } else if (cx.model(here, () -> new Seasonality(e.getKey(), e.getValue(), null, null)) != null) {
                cx.seasonalities.put(e.getKey(), e.getValue());
            }
        }
    }

    private void pools(List<PoolYaml> pools) {
        if (pools == null) return;
        for (int i = 0; i < pools.size(); i++) {
            KeyPath at = KeyPath.ROOT.key("pools").index(i);
            PoolYaml p = pools.get(i);
            if (p == null) {
                cx.problem(at, "empty pool; expected name, fields and rows");
                continue;
            }
            String name = cx.require(p.name(), at, "name", "the pool's name, used by columns as pool: name.field");
            Map<String, String> fields = cx.require(p.fields(), at, "fields", "each field with its SQL type, e.g. {code: STRING, cost: DOUBLE}");
            List<List<String>> rows = cx.require(p.rows(), at, "rows", "the entries, one list of values per entry");
            if (name == null || fields == null || rows == null) continue;
            if (Names.problem(name) != null) {
                cx.problem(at.key("name"), "pool name '" + name + "' " + Names.problem(name));
                continue;
            }
            if (cx.pools.containsKey(name)) {
                cx.problem(at.key("name"), "pool '" + name + "' is defined twice");
                continue;
            }
            Pool pool = pool(name, fields, rows, p.popularity(), at);
            if (pool != null) cx.pools.put(name, pool);
            else cx.brokenPools.add(name);
        }
    }

    private Pool pool(String name, Map<String, String> fields, List<List<String>> rows, String popularity, KeyPath at) {
        Generators gens = new Generators(cx, null);
        List<SqlType> types = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            SqlType t = f.getValue() == null ? null : gens.sqlType(f.getValue(), at.key("fields").key(f.getKey()));
            if (f.getValue() == null) cx.problem(at.key("fields").key(f.getKey()), "missing SQL type; expected " + Spellings.SQL_TYPES);
            types.add(t);
        }
        if (types.contains(null)) return null;
        List<List<Object>> entries = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            KeyPath rowAt = at.key("rows").index(r);
            List<String> row = rows.get(r);
            if (row == null || row.size() != types.size()) {
                cx.problem(rowAt, "has " + (row == null ? 0 : row.size()) + " values for the " + types.size() + " fields " + fields.keySet());
                return null;
            }
            List<Object> entry = new ArrayList<>();
            for (int f = 0; f < row.size(); f++) {
                Object v = gens.value(row.get(f), types.get(f), rowAt.index(f));
                if (v == null) return null;
                entry.add(v);
            }
            entries.add(entry);
        }
        Skew skew = popularity == null ? Skew.UNIFORM : cx.model(at.key("popularity"), () -> Spellings.skew(popularity));
        if (skew == null) return null;
        return cx.model(at, () -> new Pool(name, new ArrayList<>(fields.keySet()), entries, skew));
    }

    // ------------------------------------------------------------------ tables

    private void table(TableYaml t, KeyPath at) {
        if (t == null) {
            cx.problem(at, "empty table; expected name, rows and columns");
            return;
        }
        String name = cx.require(t.name(), at, "name", "the table's name (letters, digits, _)");
        Long rows = cx.require(t.rows(), at, "rows", "the row count at scale 1.0, e.g. rows: 100000");
        if (rows != null && rows < 1) cx.problem(at.key("rows"), "expected at least 1 row at scale 1.0, got " + rows);
        Table.Role role = role(t.role(), at.key("role"));
        if (name != null && Names.problem(name) != null) {
            cx.problem(at.key("name"), "table name '" + name + "' " + Names.problem(name));
            name = null;
        }
        if (name != null && !tables.containsKey(name)) declared.add(name);
        if (name != null && tables.containsKey(name)) {
            cx.problem(at.key("name"), "table '" + name + "' is defined twice (first at line " + cx.doc.locate(tables.get(name).at())[0] + ")");
            name = null;
        }
        List<ColumnDraft> columns = columns(t, name, at);
        if (name == null || rows == null || rows < 1 || role == null || columns == null) return;
        if (t.date() != null && columns.stream().noneMatch(c -> c.name().equals(t.date()))) {
            cx.problem(at.key("date"), "date column '" + t.date() + "' is not one of the table's columns");
            return;
        }
        tables.put(name, new TableDraft(at, name, rows, role, t.date(), t.comment(), columns));
    }

    private Table.Role role(String text, KeyPath at) {
        if (text == null) return Table.Role.FACT;
        try {
            return Table.Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            cx.problem(at, "unknown role '" + text + "'; expected fact, dimension or lookup");
            return null;
        }
    }

    private List<ColumnDraft> columns(TableYaml t, String table, KeyPath at) {
        boolean cloneXs = t.ddlCols() != null || t.insertExpr() != null;
        if (cloneXs && t.columns() != null) {
            cx.problem(at.key("columns"), "write either columns (the portable form) or ddl_cols and insert_expr (the Clone-Xs form), not both");
            return null;
        }
        if (cloneXs) {
            String ddl = cx.require(t.ddlCols(), at, "ddl_cols", "the column definitions of the Clone-Xs form, e.g. 'flight_id BIGINT, carrier STRING'");
            String insert = cx.require(t.insertExpr(), at, "insert_expr", "the SELECT list of the Clone-Xs form, e.g. 'id + {offset} AS flight_id, ...'");
            if (ddl == null || insert == null) return null;
            List<CloneXsForm.RawColumn> raw = CloneXsForm.columns(ddl, insert, at, cx);
            if (raw == null) return null;
            if (table != null) cloneXsTables.add(table);
            return raw.stream().map(c -> new ColumnDraft(at.key("ddl_cols"), c.name(), c.type(), c.gen(), c.comment())).toList();
        }
        List<GenYaml> cols = cx.require(t.columns(), at, "columns", "a list of columns, each with a name and a generator (or ddl_cols and insert_expr)");
        if (cols == null) return null;
        if (cols.isEmpty()) {
            cx.problem(at.key("columns"), "no columns; a table needs at least one");
            return null;
        }
        Generators gens = new Generators(cx, table);
        List<ColumnDraft> out = new ArrayList<>();
        Map<String, KeyPath> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < cols.size(); i++) {
            ColumnDraft c = column(cols.get(i), at.key("columns").index(i), gens, seen);
            ok &= c != null;
            if (c != null) out.add(c);
        }
        return ok ? out : null;
    }

    private ColumnDraft column(GenYaml c, KeyPath at, Generators gens, Map<String, KeyPath> seen) {
        if (c == null) {
            cx.problem(at, "empty column; expected name and a generator");
            return null;
        }
        String name = cx.require(c.name(), at, "name", "the column's name (letters, digits, _)");
        if (name != null && Names.problem(name) != null) {
            cx.problem(at.key("name"), "column name '" + name + "' " + Names.problem(name));
            name = null;
        } else if (name != null && seen.putIfAbsent(name, at) != null) {
            cx.problem(at.key("name"), "column '" + name + "' appears twice in the table");
            name = null;
        }
        SqlType type = c.type() == null ? null : gens.sqlType(c.type(), at.key("type"));
        if (c.type() != null && type == null) return null;
        Gen gen = gens.read(c, at, type == null ? SqlType.STRING : type);
        if (gen == null || name == null) return null;
        Gen shown = gen instanceof Gen.Nullable n ? n.inner() : gen;
        if (type == null && (shown instanceof Gen.Derived || shown instanceof Gen.RawSql)) {
            cx.problem(at, "a " + (shown instanceof Gen.Derived ? "derived" : "rawSql") + " column needs a type: its SQL type cannot be inferred (e.g. type: DOUBLE)");
            return null;
        }
        return new ColumnDraft(at, name, type, gen, c.comment());
    }

    // ------------------------------------------------------------------ references

    /** Foreign keys point at tables of this file with a key column; lookups go through a foreign key of their own table. */
    private void checkReferences() {
        for (ReadContext.Reference r : cx.references) {
            TableDraft child = tables.get(r.table());
            if (r.fkTable() != null) {
                TableDraft parent = tables.get(r.fkTable());
                if (parent == null && declared.contains(r.fkTable())) continue;
                if (parent == null) {
                    cx.problem(r.at().key("table"), "foreign key to unknown table '" + r.fkTable() + "'" + suggest(r.fkTable()) + "; tables of this industry: "
                            + BindingErrors.names(tables.keySet()));
                } else if (parent.columns().stream().noneMatch(c -> Table.isRowKey(c.gen()))) {
                    cx.problem(r.at().key("table"), "table '" + r.fkTable() + "' has no key column to point at; give it a sequence (or a code of it) column");
                }
                continue;
            }
            if (child == null) continue;
            ColumnDraft via = child.columns().stream().filter(c -> c.name().equals(r.via())).findFirst().orElse(null);
            if (via == null || !(via.gen() instanceof Gen.ForeignKey fk)) {
                cx.problem(r.at().key("via"), "'" + r.via() + "' is not a foreign-key column of table " + r.table()
                        + " (a lookup copies a column of the row its non-null fk points at)");
                continue;
            }
            TableDraft parent = tables.get(fk.table());
            if (parent != null && parent.columns().stream().noneMatch(c -> c.name().equals(r.column()))) {
                cx.problem(r.at().key("column"), "table " + fk.table() + " has no column '" + r.column() + "'");
            }
        }
    }

    private String suggest(String table) {
        String s = BindingErrors.closest(table, tables.keySet());
        return s == null ? "" : " (did you mean '" + s + "'?)";
    }
}
