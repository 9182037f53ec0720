package clxs.plan;

import clxs.model.ForeignKey;
import clxs.model.Industry;
import java.util.ArrayList;
import java.util.List;

/**
 * The referential-integrity audit after generation: a sampled LEFT JOIN per declared foreign key,
 * counting child values with no parent row, one statement per industry. Keys are generated inside their parent's range, so
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
        for (Industry industry : plan.industries()) {
            if (!industry.foreignKeys().isEmpty()) phase.add(check(d.catalog(), industry));
        }
    }

    /** The check of every foreign key of {@code industry} in {@code catalog}, as one step. */
    static Step.CheckForeignKeys check(String catalog, Industry industry) {
        List<Step.CheckForeignKeys.KeyCheck> keys = new ArrayList<>();
        for (ForeignKey fk : industry.foreignKeys()) {
            keys.add(new Step.CheckForeignKeys.KeyCheck(fk, ObjectName.of(catalog, industry.name(), fk.table()),
                    ObjectName.of(catalog, industry.name(), fk.parentTable())));
        }
        return new Step.CheckForeignKeys(industry.name(), keys, SAMPLE);
    }
}
