package clxs.plan.enrichment;

import clxs.model.Industry;
import clxs.model.TableChange;
import clxs.plan.Layer;
import clxs.plan.PhaseKind;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Step;
import java.util.List;

/**
 * Version history: each industry's {@link TableChange}s (two per built-in industry) run as
 * UPDATEs after the data, so {@code DESCRIBE HISTORY} and time travel have versions to show. Each
 * change is its own phase, so two changes of one table never race.
 */
public final class VersionHistoryLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        if (d.schemaOnly()) {
            if (plan.industries().stream().anyMatch(i -> !i.changes().isEmpty())) {
                plan.skip("version history", "schema-only run: there are no rows to update");
            }
            return;
        }
        for (Industry industry : plan.industries()) {
            List<TableChange> changes = industry.changes();
            for (int k = 0; k < changes.size(); k++) {
                TableChange c = changes.get(k);
                plan.phase(PhaseKind.HISTORY, k + 1).add(new Step.UpdateRows(
                        plan.name(industry.name(), c.table()),
                        new Step.PortableQuery(c.set(), d.catalog(), industry.name()),
                        new Step.PortableQuery(where(plan, industry, c, k), d.catalog(), industry.name()),
                        "version " + (k + 1) + ": " + c.description(), "version_history", industry.name()));
            }
        }
    }

    /** The change's condition, and a draw of {@code share} of those rows from the key and the plan's seed. */
    private static String where(PlanBuilder plan, Industry industry, TableChange c, int k) {
        if (c.share() >= 1) return c.where();
        int salt = plan.salt("history " + (k + 1) + " " + industry.name() + "." + c.table());
        return c.where() + " AND {{hash_unit(" + c.key() + ", " + salt + ")}} < " + c.share();
    }
}
