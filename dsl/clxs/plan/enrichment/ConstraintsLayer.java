package clxs.plan.enrichment;

import clxs.model.CheckRule;
import clxs.model.ForeignKey;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Layer;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;

/**
 * Keys and business rules: a primary key on every table's key column (informational, NOT
 * ENFORCED, on Databricks), a foreign key for every declared relationship (after the keys they
 * reference), and the industry's CHECK rules. Runs after the data-quality issues and version
 * history, so the CHECKs hold on the data as it ends up.
 */
public final class ConstraintsLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (!d.ucBestPractices()) return;
        boolean duplicates = d.dqProfile().injectsIssues() && !d.schemaOnly();
        for (Industry industry : plan.industries()) {
            for (Table t : industry.tables()) {
                t.primaryKey().ifPresent(k -> plan.phase(PhaseKind.PRIMARY_KEYS).add(
                        new Step.AddPrimaryKey(plan.name(industry.name(), t.name()), k.name(), duplicates, industry.name())));
            }
            for (ForeignKey fk : industry.foreignKeys()) {
                plan.phase(PhaseKind.FOREIGN_KEYS).add(new Step.AddForeignKey(fk,
                        plan.name(industry.name(), fk.table()), plan.name(industry.name(), fk.parentTable()), industry.name()));
            }
            for (CheckRule r : industry.checks()) {
                plan.phase(PhaseKind.CHECKS).add(new Step.AddCheck(plan.name(industry.name(), r.table()),
                        new Step.Check(r.name(), r.condition()), industry.name()));
            }
        }
    }
}
