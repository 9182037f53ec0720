package clxs.plan;

import clxs.model.ForeignKey;
import clxs.model.Industry;

/**
 * The referential-integrity audit after generation: a sampled LEFT JOIN per declared foreign key,
 * counting child values with no parent row. Keys are generated inside their parent's range, so
 * every check should come back orphan-free; the audit proves it on the engine that ran the plan.
 */
public final class AuditLayer implements Layer {

    /** Child rows looked at per foreign key (the seed API samples 100,000). */
    public static final long SAMPLE = 100_000;

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.validateReferentialIntegrity()) {
            plan.skip("referential-integrity audit", "turned off (validate_referential_integrity: false)");
            return;
        }
        if (d.schemaOnly()) {
            plan.skip("referential-integrity audit", "schema-only run: there are no rows to check");
            return;
        }
        PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.AUDIT);
        for (Industry industry : plan.industries()) checks(d.catalog(), industry).forEach(phase::add);
    }

    /** The checks of one industry's foreign keys in {@code catalog}. */
    public static java.util.List<Step.CheckForeignKey> checks(String catalog, Industry industry) {
        java.util.List<Step.CheckForeignKey> out = new java.util.ArrayList<>();
        for (ForeignKey fk : industry.foreignKeys()) {
            out.add(new Step.CheckForeignKey(industry.name(), fk, ObjectName.of(catalog, industry.name(), fk.table()),
                    ObjectName.of(catalog, industry.name(), fk.parentTable()), SAMPLE));
        }
        return out;
    }
}
