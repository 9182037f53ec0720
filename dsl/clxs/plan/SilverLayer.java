package clxs.plan;

import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.Table;
import java.util.stream.Collectors;

/**
 * Medallion silver: {@code <industry>_silver} has a view per bronze table that cleans it: the
 * ingestion metadata dropped, rows without a key removed, and re-delivered rows (same
 * {@code _raw_id}) kept once, the latest ingestion winning.
 */
public final class SilverLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.medallion()) return;
        for (Industry industry : plan.industries()) {
            var tables = BronzeLayer.bronzeTables(industry);
            if (tables.isEmpty()) continue;
            String silver = SchemaNames.silver(industry.name());
            plan.phase(PhaseKind.SCHEMAS).add(new Step.CreateSchema(ObjectName.schema(d.catalog(), silver),
                    "Medallion silver: cleaned, deduplicated " + industry.name() + " events", industry.name()));
            PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.SILVER);
            for (Table t : tables) {
                phase.add(new Step.CreateView(plan.name(silver, t.name()), new Step.PortableQuery(query(industry, t), d.catalog(), silver),
                        "Cleaned " + t.name() + ": one row per raw id, keyed rows only, ingestion metadata removed", industry.name()));
            }
        }
    }

    private static String query(Industry industry, Table t) {
        String key = t.primaryKey().orElseThrow().name();
        // a subquery rather than QUALIFY: OSS Spark (the local warehouse harness) has no QUALIFY
        return "SELECT " + t.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + "\n"
                + "FROM (SELECT *, row_number() OVER (PARTITION BY _raw_id ORDER BY _ingested_at DESC) AS _delivery\n"
                + "      FROM {{" + SchemaNames.bronze(industry.name()) + "." + t.name() + "}}\n"
                + "      WHERE " + key + " IS NOT NULL) AS b\n"
                + "WHERE _delivery = 1";
    }
}
