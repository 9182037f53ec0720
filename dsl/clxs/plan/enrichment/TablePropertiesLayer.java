package clxs.plan.enrichment;

import clxs.settings.Version;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Layer;
import clxs.plan.ObjectName;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.Step;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table properties: every table this run creates gets {@code demo.generated_by = clxs} (so
 * clean-up tools and catalogs can find generated data); industry tables also get an owning team,
 * refresh frequency, SLA tier, a data-quality score and a retention period that fit their role.
 */
public final class TablePropertiesLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        if (!plan.settings().ucBestPractices()) return;
        PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.GOVERNANCE);
        for (ObjectName table : plan.tablesSoFar()) {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("demo.generated_by", "clxs");
            props.put("demo.clxs_version", Version.VERSION);
            Industry industry = plan.industries().stream().filter(i -> i.name().equals(table.schema())).findFirst().orElse(null);
            Table t = industry == null ? null : industry.table(table.name()).orElse(null);
            if (t != null) props.putAll(roleProperties(plan, industry, t));
            else props.put("demo.layer", table.schema().substring(table.schema().lastIndexOf('_') + 1));
            phase.add(new Step.SetProperties(table, props, industry == null ? null : industry.name()));
        }
    }

    private static Map<String, String> roleProperties(PlanBuilder plan, Industry industry, Table t) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("owner_team", industry.name().replace('_', '-') + "-data-engineering");
        switch (t.role()) {
            case FACT -> {
                p.put("refresh_frequency", "hourly");
                p.put("sla_tier", "gold");
                p.put("retention_days", "2555");
            }
            case DIMENSION -> {
                p.put("refresh_frequency", "daily");
                p.put("sla_tier", "silver");
                p.put("retention_days", "3650");
            }
            case LOOKUP -> {
                p.put("refresh_frequency", "weekly");
                p.put("sla_tier", "bronze");
                p.put("retention_days", "365");
            }
        }
        // a stable score per table between 0.85 and 0.99, drawn from the seed like everything else
        int draw = Math.floorMod(plan.salt("quality score " + industry.name() + "." + t.name()), 15);
        p.put("data_quality_score", String.format(java.util.Locale.ROOT, "%.2f", 0.85 + draw / 100.0));
        return p;
    }
}
