package clxs.plan.enrichment;

import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Layer;
import clxs.plan.ObjectName;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;

/**
 * Managed volumes {@code sample_data} and {@code exports} in each industry schema, and a
 * {@value #SAMPLE_ROWS}-row sample of each of the three largest tables: a table beside the source
 * on Databricks, a Parquet file in the {@code sample_data} folder locally.
 */
public final class VolumesLayer implements Layer {

    public static final long SAMPLE_ROWS = 1_000;
    public static final String SAMPLES = "sample_data";
    public static final String EXPORTS = "exports";

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.createVolumes()) return;
        if (d.schemaOnly()) plan.skip("volume samples", "schema-only run: there are no rows to sample");
        for (Industry industry : plan.industries()) {
            ObjectName samples = plan.name(industry.name(), SAMPLES);
            PlanBuilder.PhaseBuilder volumes = plan.phase(PhaseKind.VOLUMES);
            volumes.add(new Step.CreateVolume(samples, "Samples of the largest " + industry.name() + " tables", industry.name()));
            volumes.add(new Step.CreateVolume(plan.name(industry.name(), EXPORTS), "Exports of " + industry.name() + " data", industry.name()));
            if (d.schemaOnly()) continue;
            for (Table t : TopTables.of(industry)) {
                plan.phase(PhaseKind.SAMPLES).add(new Step.WriteSample(plan.name(industry.name(), t.name()), samples, SAMPLE_ROWS,
                        industry.name()));
            }
        }
    }
}
