package clxs.plan.enrichment;

import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Layer;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import clxs.plan.labels.LabelModel;
import clxs.plan.labels.LabelModels;
import java.util.List;
import java.util.Map;

/**
 * The positive rate of each ML label ({@code inject_anomalies}), measured on the finished table, for
 * the summary's {@code anomalies} block. The labels themselves are columns generated with the rows
 * ({@link clxs.plan.labels.LabelColumns}).
 *
 * <pre>{@code
 * SELECT count(*) AS row_count, avg(CASE WHEN is_fraud THEN 1.0 ELSE 0.0 END) AS positive_rate FROM demo.financial.transactions
 * }</pre>
 */
public final class AnomalyLabelsLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.injectAnomalies()) return;
        if (d.schemaOnly()) {
            plan.skip("ML label rates", "schema-only run: the label columns are created, but there are no rows to measure");
            return;
        }
        for (Industry industry : plan.industries()) {
            for (Table t : industry.tables()) {
                LabelModel m = LabelModels.of(industry, t, d.endDate()).orElse(null);
                if (m == null || t.column(m.column()).isEmpty()) continue;
                String value = m.kind() == LabelModel.Kind.BOOLEAN ? "CASE WHEN " + m.column() + " THEN 1.0 ELSE 0.0 END" : m.column();
                String sql = "SELECT count(*) AS row_count, avg(" + value + ") AS positive_rate FROM {{" + t.name() + "}}";
                plan.phase(PhaseKind.MEASURE).add(new Step.Measure(plan.name(industry.name(), t.name()),
                        new Step.PortableQuery(sql, d.catalog(), industry.name()), List.of("rows", "positive_rate"), "anomalies",
                        Map.of("column", m.column(), "sql_type", m.type().toString(), "anomaly_rate", Double.toString(d.anomalyRate())), industry.name()));
            }
        }
    }
}
