package clxs.plan;

import clxs.model.Industry;
import clxs.model.Udf;

/** Each industry's SQL functions (Databricks SQL UDFs, DuckDB macros), unless turned off. */
public final class FunctionsLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.createFunctions()) return;
        PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.FUNCTIONS);
        for (Industry industry : plan.industries()) {
            for (Udf udf : industry.udfs()) {
                phase.add(new Step.CreateFunction(ObjectName.of(d.catalog(), industry.name(), udf.name()), udf.params(), udf.returns(),
                        new Step.PortableQuery(udf.body(), d.catalog(), industry.name()), udf.comment(), industry.name()));
            }
        }
    }
}
