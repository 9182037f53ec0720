package clxs.plan.enrichment;

import clxs.model.ForeignKey;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Layer;
import clxs.plan.Partitioning;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.Step;
import java.util.List;
import java.util.Optional;

/**
 * {@code OPTIMIZE ... ZORDER BY} on each industry's three largest tables: by the date column, the
 * usual filter of a demo query. A table partitioned by its date column (above 10M rows) is
 * Z-ordered by its first foreign key (or its key) instead, since a partition column cannot be
 * Z-ordered.
 */
public final class OptimizeLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        if (plan.settings().schemaOnly()) {
            plan.skip("OPTIMIZE ... ZORDER BY", "schema-only run: the tables are empty");
            return;
        }
        for (Industry industry : plan.industries()) {
            for (Table t : TopTables.of(industry)) {
                zorderColumn(plan, industry, t).ifPresent(c -> plan.phase(PhaseKind.OPTIMIZE)
                        .add(new Step.Optimize(plan.name(industry.name(), t.name()), List.of(c), industry.name())));
            }
        }
    }

    private static Optional<String> zorderColumn(PlanBuilder plan, Industry industry, Table t) {
        // without a foreign key, the key itself: point lookups by id are the other common demo query
        Optional<String> firstForeignKey = industry.foreignKeys().stream().filter(fk -> fk.table().equals(t.name())).map(ForeignKey::column).findFirst()
                .or(() -> t.primaryKey().map(c -> c.name()));
        if (t.dateColumn() == null) return firstForeignKey;
        return Partitioning.column(t, plan.settings().scale()).isPresent() ? firstForeignKey : Optional.of(t.dateColumn());
    }
}
