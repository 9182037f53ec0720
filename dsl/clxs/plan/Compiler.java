package clxs.plan;

import clxs.DemoCatalog;
import java.util.List;

/**
 * Compiles a {@link DemoCatalog} into a {@link Plan}: each {@link Layer} adds its steps, in
 * order, to named phases. Nothing here knows about SQL dialects or targets.
 */
public final class Compiler {

    private static final List<Layer> LAYERS = List.of(
            new CatalogLayer(),
            new IndustryTablesLayer(),
            new FunctionsLayer(),
            new ViewsLayer(),
            new CatalogViewsLayer(),
            new AuditLayer());

    private Compiler() {}

    public static Plan compile(DemoCatalog definition) {
        long seed = definition.seed() != null ? definition.seed() : Salts.randomSeed();
        PlanBuilder plan = new PlanBuilder(definition, seed);
        for (Layer layer : LAYERS) layer.contribute(plan);
        if (definition.medallion()) plan.skip("medallion layers", "not available in this version of clxs (use --no-medallion to silence)");
        if (definition.createVolumes()) plan.skip("volumes", "not available in this version of clxs");
        return plan.build();
    }

    /** Only the referential-integrity audit of {@code definition}'s industries, for a catalog that already exists. */
    public static Plan auditOnly(DemoCatalog definition) {
        PlanBuilder plan = new PlanBuilder(definition.validateReferentialIntegrity(true), definition.seed() != null ? definition.seed() : 0);
        new AuditLayer().contribute(plan);
        return plan.build();
    }
}
