package clxs.plan;

import clxs.DemoCatalog;

/** The catalog: created (optionally dropped first, optionally at a managed location) and owned. */
final class CatalogLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        DemoCatalog d = plan.definition();
        PlanBuilder.PhaseBuilder phase = plan.phase("catalog", "create the catalog");
        phase.add(new Step.CreateCatalog(d.catalogName(), d.storageLocation(), d.dropExisting()));
        if (d.owner() != null) phase.add(new Step.SetCatalogOwner(d.catalogName(), d.owner()));
    }
}
