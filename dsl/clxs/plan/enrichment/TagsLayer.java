package clxs.plan.enrichment;

import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.PiiRules;
import clxs.model.Table;
import clxs.plan.Layer;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.Step;
import java.util.Locale;
import java.util.Map;

/**
 * Unity Catalog tags: {@code data_classification} ({@code pii_high}, {@code confidential} or
 * {@code public}, from the most sensitive column) on every industry table, and {@code pii} (the
 * kind of personal data) on each personal-data column. The rules are {@link PiiRules}, the same
 * the {@code data_catalog.pii_columns} view applies.
 */
public final class TagsLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        if (!plan.settings().ucBestPractices()) return;
        PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.GOVERNANCE);
        for (Industry industry : plan.industries()) {
            for (Table t : industry.tables()) {
                phase.add(new Step.SetTags(plan.name(industry.name(), t.name()), null,
                        Map.of("data_classification", PiiRules.classification(t)), industry.name()));
                for (Column c : t.columns()) {
                    PiiRules.kind(t.name(), c.name()).ifPresent(k -> phase.add(new Step.SetTags(plan.name(industry.name(), t.name()), c.name(),
                            Map.of("pii", k.name().toLowerCase(Locale.ROOT), "data_classification", k.classification()), industry.name())));
                }
            }
        }
    }
}
