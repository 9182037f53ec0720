package clxs.plan;

import clxs.model.Industry;
import clxs.model.View;
import clxs.model.PortableSqlText;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Medallion gold: {@code <industry>_gold} with the industry's aggregated business views, which
 * read the silver views ({@code {{healthcare_silver.claims}}}) and the industry's dimension tables.
 */
public final class GoldLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.medallion()) return;
        for (Industry industry : plan.industries()) {
            if (industry.gold().isEmpty()) continue;
            String gold = SchemaNames.gold(industry.name());
            Set<String> silverTables = BronzeLayer.bronzeTables(industry).stream()
                    .map(t -> SchemaNames.silver(industry.name()) + "." + t.name()).collect(Collectors.toSet());
            plan.phase(PhaseKind.SCHEMAS).add(new Step.CreateSchema(ObjectName.schema(d.catalog(), gold),
                    "Medallion gold: " + industry.name() + " business aggregates", industry.name()));
            PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.GOLD);
            for (View v : industry.gold()) {
                checkReferences(industry, silverTables, v);
                phase.add(new Step.CreateView(plan.name(gold, v.name()), new Step.PortableQuery(v.sql(), d.catalog(), industry.name()),
                        v.comment(), industry.name()));
            }
        }
    }

    /** A gold view reads silver views of this industry or the industry's own tables. */
    private static void checkReferences(Industry industry, Set<String> silverTables, View v) {
        for (String ref : PortableSqlText.tableReferences(v.sql())) {
            if (silverTables.contains(ref)) continue;
            String table = ref.startsWith(industry.name() + ".") ? ref.substring(industry.name().length() + 1) : ref;
            if (table.contains(".") || industry.table(table).isEmpty()) {
                throw new IllegalArgumentException("gold view " + industry.name() + "." + v.name() + " reads {{" + ref
                        + "}}, which is neither a silver view of " + industry.name() + " nor one of its tables");
            }
        }
    }
}
