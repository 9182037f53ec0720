package clxs.sql;

import clxs.plan.Capability;
import clxs.plan.ObjectName;
import clxs.plan.Projection;
import clxs.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders plan steps to statements. The statement shapes live here once; what differs between
 * engines comes from the {@link Dialect}.
 */
public final class StepRenderer {

    /** Name of the row id inside the inner select of inserts with derived columns. */
    static final String INNER_ROW_ID = "__row_id";

    private final Dialect d;
    private final OverlayStatements overlays;
    private final GovernanceStatements governance;

    /** Renders for {@code dialect}, with files where that dialect's target keeps them by default. */
    public StepRenderer(Dialect dialect) {
        this(dialect, FileLayout.defaultFor(dialect));
    }

    public StepRenderer(Dialect dialect, FileLayout files) {
        this.d = dialect;
        this.overlays = new OverlayStatements(dialect, files);
        this.governance = new GovernanceStatements(dialect);
    }

    public Dialect dialect() {
        return d;
    }

    public Rendering render(Step step) {
        for (Capability c : step.requires()) {
            if (!d.supports(c)) return Rendering.skipped(c.missingReason() + " (" + d.name() + ")");
        }
        List<String> notes = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        if (step instanceof Step.CreateCatalog c) createCatalog(c, sql, notes);
        else if (step instanceof Step.SetCatalogOwner o) sql.add("ALTER CATALOG " + d.quote(o.catalog()) + " OWNER TO " + d.quote(o.owner()));
        else if (step instanceof Step.DropCatalog c) {
            if (d.supports(Capability.CATALOGS)) sql.add("DROP CATALOG IF EXISTS " + d.quote(c.catalog()) + " CASCADE");
        } else if (step instanceof Step.CreateSchema s) createSchema(s, sql, notes);
        else if (step instanceof Step.CreateTable t) createTable(t, sql, notes);
        else if (step instanceof Step.InsertRows i) sql.add(insert(i, notes));
        else if (step instanceof Step.CreateView v) createView(v, sql);
        else if (step instanceof Step.CreateFunction f) createFunction(f, sql);
        else if (step instanceof Step.CheckForeignKeys c) sql.add(orphanChecks(c));
        else if (step instanceof Step.Measure m) sql.add(PortableSql.render(d, m.query().text(), m.query().catalog(), m.query().schema()));
        else return renderOverlay(step);
        return Rendering.of(sql, notes);
    }

    private Rendering renderOverlay(Step step) {
        if (step instanceof Step.CreateTableAs t) return overlays.createTableAs(t);
        if (step instanceof Step.UpdateRows u) return overlays.update(u);
        if (step instanceof Step.InsertSelect i) return overlays.insertSelect(i);
        if (step instanceof Step.CreateVolume v) return overlays.createVolume(v);
        if (step instanceof Step.WriteSample w) return overlays.writeSample(w);
        if (step instanceof Step.WriteFile w) return overlays.writeFile(w);
        if (step instanceof Step.CreateCloneCatalog c) return overlays.createCloneCatalog(c);
        if (step instanceof Step.CloneTable c) return overlays.cloneTable(c);
        if (step instanceof Step.AddPrimaryKey k) return governance.primaryKey(k);
        if (step instanceof Step.AddForeignKey f) return governance.foreignKey(f);
        if (step instanceof Step.AddCheck c) return governance.check(c);
        if (step instanceof Step.SetTags t) return governance.tags(t);
        if (step instanceof Step.SetProperties p) return governance.properties(p);
        if (step instanceof Step.Grant g) return governance.grant(g);
        if (step instanceof Step.SetColumnMask m) return governance.mask(m);
        if (step instanceof Step.SetRowFilter f) return governance.rowFilter(f);
        if (step instanceof Step.Optimize o) return governance.optimize(o);
        throw new IllegalStateException("no rendering for " + step);
    }

    private void createCatalog(Step.CreateCatalog c, List<String> sql, List<String> notes) {
        if (!d.supports(Capability.CATALOGS)) {
            // the local target provides the catalog as a database file
            if (c.storageLocation() != null) notes.add("storage location " + c.storageLocation() + " not used: " + Capability.MANAGED_LOCATION.missingReason());
            return;
        }
        if (c.dropExisting()) sql.add("DROP CATALOG IF EXISTS " + d.quote(c.catalog()) + " CASCADE");
        sql.add("CREATE CATALOG IF NOT EXISTS " + d.quote(c.catalog())
                + (c.storageLocation() == null ? "" : " MANAGED LOCATION " + d.stringLiteral(c.storageLocation())));
    }

    private void createSchema(Step.CreateSchema s, List<String> sql, List<String> notes) {
        String create = "CREATE SCHEMA IF NOT EXISTS " + d.qualified(s.schema());
        if (s.comment() != null && d.supports(Capability.SCHEMA_COMMENTS)) create += " COMMENT " + d.stringLiteral(s.comment());
        else if (s.comment() != null) notes.add("schema comment not stored: " + Capability.SCHEMA_COMMENTS.missingReason());
        sql.add(create);
    }

    private void createTable(Step.CreateTable t, List<String> sql, List<String> notes) {
        String name = d.qualified(t.table());
        List<String> parts = new ArrayList<>();
        for (Step.ColumnDef c : t.columns()) {
            parts.add("  " + d.quote(c.name()) + " " + d.typeName(c.type())
                    + (d.inlineComments() && c.comment() != null ? " COMMENT " + d.stringLiteral(c.comment()) : ""));
        }
        // engines that cannot add a CHECK later declare it here; the others get it from an AddCheck step after the data
        if (!d.supports(Capability.ADD_CHECK)) {
            for (Step.Check c : t.checks()) parts.add("  CONSTRAINT " + d.quote(c.name()) + " CHECK (" + governance.condition(c) + ")");
        }
        String create = "CREATE OR REPLACE TABLE " + name + " (\n" + String.join(",\n", parts) + "\n)";
        if (t.partitionBy() != null) {
            if (d.supports(Capability.PARTITIONING)) create += "\nPARTITIONED BY (" + d.quote(t.partitionBy()) + ")";
            else notes.add("not partitioned by " + t.partitionBy() + ": " + Capability.PARTITIONING.missingReason());
        }
        if (d.inlineComments() && t.comment() != null) create += "\nCOMMENT " + d.stringLiteral(t.comment());
        sql.add(create);
        if (!d.inlineComments()) {
            if (t.comment() != null) sql.add("COMMENT ON TABLE " + name + " IS " + d.stringLiteral(t.comment()));
            for (Step.ColumnDef c : t.columns()) {
                if (c.comment() != null) sql.add("COMMENT ON COLUMN " + name + "." + d.quote(c.name()) + " IS " + d.stringLiteral(c.comment()));
            }
        }
    }

    /**
     * {@code INSERT INTO t SELECT <expressions> FROM range(a, b)}. When columns share work or
     * derive from each other, each level of the projection is a subquery selecting the level
     * below ({@code g.*}) plus its own values, and the outer select lists the table's columns.
     */
    String insert(Step.InsertRows i, List<String> notes) {
        String target = "INSERT INTO " + d.qualified(i.table()) + "\n";
        String source = "FROM " + d.rowSource(i.firstId(), i.lastId());
        Projection p = i.projection();
        if (p.isFlat()) return target + "SELECT\n" + values(p.levels().get(0), "id", notes, "  ") + "\n" + source;
        String from = "SELECT\n  id AS " + INNER_ROW_ID + ",\n" + values(p.levels().get(0), "id", notes, "  ") + "\n" + source;
        for (List<Step.ColumnValue> level : p.levels().subList(1, p.levels().size())) {
            from = "SELECT\n  g.*,\n" + values(level, INNER_ROW_ID, notes, "  ") + "\nFROM (\n" + indent(from) + "\n) AS g";
        }
        String columns = p.output().stream().map(d::quote).collect(Collectors.joining(", "));
        return target + "SELECT " + columns + "\nFROM (\n" + indent(from) + "\n) AS g";
    }

    private String values(List<Step.ColumnValue> values, String rowId, List<String> notes, String indent) {
        return values.stream()
                .map(v -> indent + new ExprRenderer(d, rowId, notes, v.name()).render(v.value()) + " AS " + d.quote(v.name()))
                .collect(Collectors.joining(",\n"));
    }

    private static String indent(String sql) {
        return sql.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    private void createView(Step.CreateView v, List<String> sql) {
        String name = d.qualified(v.view());
        String body = PortableSql.render(d, v.sql().text().strip(), v.sql().catalog(), v.sql().schema());
        String comment = v.comment() != null && d.inlineComments() ? "\nCOMMENT " + d.stringLiteral(v.comment()) : "";
        sql.add("CREATE OR REPLACE VIEW " + name + comment + " AS\n" + body);
        if (v.comment() != null && !d.inlineComments()) sql.add("COMMENT ON VIEW " + name + " IS " + d.stringLiteral(v.comment()));
    }

    private void createFunction(Step.CreateFunction f, List<String> sql) {
        String name = d.qualified(f.function());
        String body = PortableSql.render(d, f.body().text().strip(), f.body().catalog(), f.body().schema());
        sql.add(d.createFunction(name, f.params(), f.returns(), body, d.inlineComments() ? f.comment() : null));
        if (f.comment() != null && !d.inlineComments()) {
            sql.add("COMMENT ON " + d.functionKeyword() + " " + name + " IS " + d.stringLiteral(f.comment()));
        }
    }

    /**
     * Every key's check side by side in one row, {@code child_sampled_1, orphans_1, child_sampled_2, ...}:
     * each check is a one-row aggregate, so joining them is a cross join of single rows, and the
     * engine runs them as one statement (on Spark, as one job whose broadcasts build concurrently).
     *
     * <pre>{@code
     * SELECT k1.child_sampled AS child_sampled_1, k1.orphans AS orphans_1, ...
     * FROM (<check of key 1>) AS k1
     * CROSS JOIN (<check of key 2>) AS k2 ...
     * }</pre>
     */
    private String orphanChecks(Step.CheckForeignKeys c) {
        List<String> columns = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        for (int i = 1; i <= c.keys().size(); i++) {
            String k = "k" + i;
            columns.add(k + ".child_sampled AS child_sampled_" + i + ", " + k + ".orphans AS orphans_" + i);
            from.append(i == 1 ? "FROM (\n" : "\nCROSS JOIN (\n").append(indent(orphanCheck(c.keys().get(i - 1), c.sample()))).append("\n) AS ").append(k);
        }
        return "SELECT " + String.join(",\n  ", columns) + "\n" + from;
    }

    /**
     * How many sampled child values were looked at, and how many have no parent row. The sample's
     * distinct values are joined to the parent, so the engine builds its hash table on the sample
     * (bounded) and streams the parent once: the check grows with the parent's size, not faster,
     * and a duplicated parent row (data-quality profile) still counts its children once.
     */
    private String orphanCheck(Step.CheckForeignKeys.KeyCheck c, long sample) {
        String fk = d.quote(c.fk().column());
        String pk = d.quote(c.fk().parentColumn());
        return "SELECT coalesce(sum(k.n), 0) AS child_sampled, coalesce(sum(CASE WHEN k.matched THEN 0 ELSE k.n END), 0) AS orphans\n"
                + "FROM (SELECT c.fk_value, c.n, count(p." + pk + ") > 0 AS matched\n"
                + "  FROM (SELECT fk_value, count(*) AS n FROM (SELECT " + fk + " AS fk_value FROM " + d.qualified(c.child())
                + " WHERE " + fk + " IS NOT NULL LIMIT " + sample + ") AS s GROUP BY fk_value) AS c\n"
                + "  LEFT JOIN " + d.qualified(c.parent()) + " AS p ON p." + pk + " = c.fk_value\n"
                + "  GROUP BY c.fk_value, c.n) AS k";
    }

    /** Quoted name of an object, for targets that build their own statements. */
    public String qualified(ObjectName name) {
        return d.qualified(name);
    }
}
