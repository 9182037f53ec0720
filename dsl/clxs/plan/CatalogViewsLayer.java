package clxs.plan;

import clxs.DemoCatalog;
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
final class CatalogViewsLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        DemoCatalog d = plan.definition();
        Set<String> selected = d.industries().stream().map(Industry::name).collect(Collectors.toSet());
        List<CrossIndustry.CrossView> cross = CrossIndustry.VIEWS.stream().filter(v -> selected.containsAll(v.industries())).toList();
        if (!cross.isEmpty()) {
            addSchema(plan, CrossIndustry.SCHEMA, "Views joining industries of this catalog");
            for (CrossIndustry.CrossView v : cross) {
                ViewsLayer.checkReferences(d, CrossIndustry.SCHEMA, v.view());
                addView(plan, CrossIndustry.SCHEMA, v.view());
            }
        }
        addSchema(plan, DataCatalog.SCHEMA, "Inventory of this catalog's tables, columns and personal data");
        DataCatalog.VIEWS.forEach(v -> addView(plan, DataCatalog.SCHEMA, v));
    }

    private static void addSchema(PlanBuilder plan, String schema, String comment) {
        DemoCatalog d = plan.definition();
        plan.phase("schemas", "create a schema per industry").add(new Step.CreateSchema(ObjectName.schema(d.catalogName(), schema), comment, null));
    }

    private static void addView(PlanBuilder plan, String schema, View view) {
        DemoCatalog d = plan.definition();
        plan.phase("views", "create views").add(new Step.CreateView(ObjectName.of(d.catalogName(), schema, view.name()),
                new Step.PortableSql(view.sql(), d.catalogName(), schema), view.comment(), null));
    }
}
