package clxs.plan;

import clxs.industries.CrossIndustry;
import clxs.industries.DataCatalog;
import clxs.model.Industry;
import clxs.model.View;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Catalog-wide views: the {@code cross_industry} schema (views joining two industries, for the
 * pairs that are both generated) and the {@code data_catalog} schema (inventory and PII views
 * over the catalog's metadata).
 */
public final class CatalogViewsLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        Set<String> selected = plan.industries().stream().map(Industry::name).collect(Collectors.toSet());
        List<CrossIndustry.CrossView> cross = CrossIndustry.VIEWS.stream().filter(v -> selected.containsAll(v.industries())).toList();
        if (!cross.isEmpty()) {
            addSchema(plan, CrossIndustry.SCHEMA, "Views joining industries of this catalog");
            for (CrossIndustry.CrossView v : cross) {
                ViewsLayer.checkReferences(plan.industries(), CrossIndustry.SCHEMA, v.view());
                addView(plan, CrossIndustry.SCHEMA, v.view());
            }
        }
        addSchema(plan, DataCatalog.SCHEMA, "Inventory of this catalog's tables, columns and personal data");
        DataCatalog.VIEWS.forEach(v -> addView(plan, DataCatalog.SCHEMA, v));
    }

    private static void addSchema(PlanBuilder plan, String schema, String comment) {
        RunSettings d = plan.settings();
        plan.phase(PhaseKind.SCHEMAS).add(new Step.CreateSchema(ObjectName.schema(d.catalog(), schema), comment, null));
    }

    private static void addView(PlanBuilder plan, String schema, View view) {
        RunSettings d = plan.settings();
        plan.phase(PhaseKind.VIEWS).add(new Step.CreateView(ObjectName.of(d.catalog(), schema, view.name()),
                new Step.PortableQuery(view.sql(), d.catalog(), schema), view.comment(), null));
    }
}
