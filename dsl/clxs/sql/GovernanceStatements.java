package clxs.sql;

import clxs.plan.Capability;
import clxs.plan.Step;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Statements of the governance and tuning enrichments: keys, CHECKs, tags, table properties,
 * grants, column masks, row filters and OPTIMIZE. Steps needing a capability the dialect lacks
 * never get here (see {@link StepRenderer#render}); the few with a partial form locally (primary
 * keys, CHECKs) decide here.
 */
final class GovernanceStatements {

    private final Dialect d;

    GovernanceStatements(Dialect dialect) {
        this.d = dialect;
    }

    Rendering primaryKey(Step.AddPrimaryKey k) {
        String table = d.qualified(k.table());
        String column = d.quote(k.column());
        if (d.supports(Capability.INFORMATIONAL_CONSTRAINTS)) {
            return Rendering.of(List.of(
                    "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NOT NULL",
                    "ALTER TABLE " + table + " ADD CONSTRAINT " + d.quote(k.table().name() + "_pk") + " PRIMARY KEY (" + column + ") NOT ENFORCED"), List.of());
        }
        if (k.duplicatesExpected()) {
            return Rendering.skipped("the engine enforces primary keys, and the data-quality profile adds duplicate rows (the clean data-quality profile, dq_profile: clean, gets them)");
        }
        return Rendering.of(List.of("ALTER TABLE " + table + " ADD PRIMARY KEY (" + column + ")"), List.of());
    }

    Rendering foreignKey(Step.AddForeignKey f) {
        String name = f.fk().table() + "_" + f.fk().column() + "_fk";
        return Rendering.of(List.of("ALTER TABLE " + d.qualified(f.child()) + " ADD CONSTRAINT " + d.quote(name) + " FOREIGN KEY (" + d.quote(f.fk().column())
                + ") REFERENCES " + d.qualified(f.parent()) + " (" + d.quote(f.fk().parentColumn()) + ") NOT ENFORCED"), List.of());
    }

    Rendering check(Step.AddCheck c) {
        if (!d.supports(Capability.ADD_CHECK)) return Rendering.doneBy("CREATE TABLE " + c.table().shortName() + " (the engine takes CHECKs only there)");
        return Rendering.of(List.of("ALTER TABLE " + d.qualified(c.table()) + " ADD CONSTRAINT " + d.quote(c.check().name())
                + " CHECK (" + condition(c.check()) + ")"), List.of());
    }

    /** A CHECK condition in this dialect (portable SQL without table references). */
    String condition(Step.Check check) {
        return PortableSql.render(d, check.condition(), null, null);
    }

    Rendering tags(Step.SetTags t) {
        String target = "ALTER TABLE " + d.qualified(t.table()) + (t.column() == null ? "" : " ALTER COLUMN " + d.quote(t.column()));
        return Rendering.of(List.of(target + " SET TAGS (" + pairs(t.tags()) + ")"), List.of());
    }

    Rendering properties(Step.SetProperties p) {
        return Rendering.of(List.of("ALTER TABLE " + d.qualified(p.table()) + " SET TBLPROPERTIES (" + pairs(p.properties()) + ")"), List.of());
    }

    Rendering grant(Step.Grant g) {
        return Rendering.of(List.of("GRANT " + String.join(", ", g.privileges()) + " ON CATALOG " + d.quote(g.catalog()) + " TO " + d.quote(g.principal())),
                List.of());
    }

    Rendering mask(Step.SetColumnMask m) {
        return Rendering.of(List.of("ALTER TABLE " + d.qualified(m.table()) + " ALTER COLUMN " + d.quote(m.column()) + " SET MASK "
                + d.qualified(m.function())), List.of());
    }

    Rendering rowFilter(Step.SetRowFilter f) {
        return Rendering.of(List.of("ALTER TABLE " + d.qualified(f.table()) + " SET ROW FILTER " + d.qualified(f.function())
                + " ON (" + d.quote(f.column()) + ")"), List.of());
    }

    Rendering optimize(Step.Optimize o) {
        return Rendering.of(List.of("OPTIMIZE " + d.qualified(o.table()) + " ZORDER BY ("
                + o.zorderBy().stream().map(d::quote).collect(Collectors.joining(", ")) + ")"), List.of());
    }

    /** {@code 'key' = 'value', ...} in key order, so scripts are stable. */
    private String pairs(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream()
                .map(e -> d.stringLiteral(e.getKey()) + " = " + d.stringLiteral(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
