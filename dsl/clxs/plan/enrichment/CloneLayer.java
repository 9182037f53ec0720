package clxs.plan.enrichment;

import clxs.plan.Layer;
import clxs.plan.ObjectName;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code dest_catalog}: a clone of everything generated so far, in a second catalog. Tables are
 * {@code DEEP CLONE}d on Databricks (copied locally); schemas, functions and views are created
 * again against the clone, so its views read its own tables. Runs before the column masks and
 * row filters, which Databricks does not clone through.
 */
public final class CloneLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        String dest = d.destCatalog();
        if (dest == null) return;
        String source = d.catalog();
        plan.phase(PhaseKind.CLONE_CATALOG).add(new Step.CreateCloneCatalog(dest, source));
        Set<String> schemas = new LinkedHashSet<>();
        for (Map.Entry<PhaseKind, Step> e : plan.stepsSoFar()) {
            Step s = e.getValue();
            if (s instanceof Step.CreateSchema cs && cs.schema().catalog().equals(source) && schemas.add(cs.schema().schema())) {
                plan.phase(PhaseKind.CLONE_SCHEMAS).add(new Step.CreateSchema(ObjectName.schema(dest, cs.schema().schema()), cs.comment(), cs.industry()));
            } else if (s.createdTable() != null && s.createdTable().catalog().equals(source)) {
                plan.phase(PhaseKind.CLONE_TABLES).add(new Step.CloneTable(s.createdTable(), retarget(s.createdTable(), dest), s.industry()));
            } else if (s instanceof Step.CreateFunction f && f.function().catalog().equals(source)) {
                plan.phase(PhaseKind.CLONE_TABLES).add(new Step.CreateFunction(retarget(f.function(), dest), f.params(), f.returns(),
                        retarget(f.body(), dest), f.comment(), f.industry()));
            } else if (s instanceof Step.CreateView v && v.view().catalog().equals(source)) {
                // one clone phase per view phase, so views over views (gold over silver) find theirs
                plan.phase(cloneOf(e.getKey())).add(new Step.CreateView(retarget(v.view(), dest), retarget(v.sql(), dest),
                        v.comment(), v.industry()));
            }
        }
    }

    private static PhaseKind cloneOf(PhaseKind viewPhase) {
        return switch (viewPhase) {
            case VIEWS -> PhaseKind.CLONE_VIEWS;
            case SILVER -> PhaseKind.CLONE_SILVER;
            case GOLD -> PhaseKind.CLONE_GOLD;
            default -> throw new IllegalStateException("views are not created in phase " + viewPhase);
        };
    }

    private static ObjectName retarget(ObjectName name, String catalog) {
        return new ObjectName(catalog, name.schema(), name.name());
    }

    private static Step.PortableQuery retarget(Step.PortableQuery sql, String catalog) {
        return new Step.PortableQuery(sql.text(), catalog, sql.schema());
    }
}
