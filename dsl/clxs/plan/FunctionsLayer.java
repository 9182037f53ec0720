package clxs.plan;

import clxs.DemoCatalog;
import clxs.model.Industry;
import clxs.model.Udf;

/** Each industry's SQL functions (Databricks SQL UDFs, DuckDB macros), unless turned off. */
final class FunctionsLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        DemoCatalog d = plan.definition();
        if (!d.createFunctions()) return;
        PlanBuilder.PhaseBuilder phase = plan.phase("functions", "create SQL functions");
        for (Industry industry : plan.industries()) {
            for (Udf udf : industry.udfs()) {
                phase.add(new Step.CreateFunction(ObjectName.of(d.catalogName(), industry.name(), udf.name()), udf.params(), udf.returns(),
                        new Step.PortableSql(udf.body(), d.catalogName(), industry.name()), udf.comment(), industry.name()));
            }
        }
    }
}
