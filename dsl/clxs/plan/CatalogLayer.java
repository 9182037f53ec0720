package clxs.plan;


/** The catalog: created (optionally dropped first, optionally at a managed location) and owned. */
public final class CatalogLayer implements Layer {

    @Override
    public void contribute(PlanBuilder plan) {
        RunSettings d = plan.settings();
        PlanBuilder.PhaseBuilder phase = plan.phase(PhaseKind.CATALOG);
        phase.add(new Step.CreateCatalog(d.catalog(), d.storageLocation(), d.dropExisting()));
        if (d.owner() != null) phase.add(new Step.SetCatalogOwner(d.catalog(), d.owner()));
    }
}
