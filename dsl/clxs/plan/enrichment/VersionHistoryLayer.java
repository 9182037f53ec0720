package clxs.plan.enrichment;

import clxs.DemoCatalog;
import clxs.model.Industry;
import clxs.model.TableChange;
import clxs.plan.Layer;
import clxs.plan.PlanBuilder;
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
        DemoCatalog d = plan.definition();
        if (d.isSchemaOnly()) {
            if (plan.industries().stream().anyMatch(i -> !i.changes().isEmpty())) {
                plan.skip("version history", "schema-only run: there are no rows to update");
            }
            return;
        }
        for (Industry industry : plan.industries()) {
            List<TableChange> changes = industry.changes();
            for (int k = 0; k < changes.size(); k++) {
                TableChange c = changes.get(k);
                plan.phase("history " + (k + 1), "version history: update " + (k + 1) + " of each industry").add(new Step.UpdateRows(
                        plan.name(industry.name(), c.table()),
                        new Step.PortableSql(c.set(), d.catalogName(), industry.name()),
                        new Step.PortableSql(c.where(), d.catalogName(), industry.name()),
                        "version " + (k + 1) + ": " + c.description(), "version_history", industry.name()));
            }
        }
    }
}
