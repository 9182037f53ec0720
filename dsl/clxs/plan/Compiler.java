package clxs.plan;

import clxs.DemoCatalog;
import clxs.plan.enrichment.AccessPoliciesLayer;
import clxs.plan.enrichment.CloneLayer;
import clxs.plan.enrichment.CloneTemplateLayer;
import clxs.plan.enrichment.ConstraintsLayer;
import clxs.plan.enrichment.DataQualityLayer;
import clxs.plan.enrichment.GrantsLayer;
import clxs.plan.enrichment.OptimizeLayer;
import clxs.plan.enrichment.TablePropertiesLayer;
import clxs.plan.enrichment.TagsLayer;
import clxs.plan.enrichment.VersionHistoryLayer;
import clxs.plan.enrichment.VolumesLayer;
import java.util.List;

/**
 * Compiles a {@link DemoCatalog} into a {@link Plan}: each {@link Layer} adds its steps, in
 * order, to named phases. Nothing here knows about SQL dialects or targets.
 */
public final class Compiler {

    /**
     * The layers in the order their phases run: generation, then data-quality issues (so bronze
     * lands them and silver cleans them), medallion, star schema, version history, constraints
     * (after every write, so CHECKs hold on the final data), governance, tuning, volumes, the
     * clone (before masks and row filters, which do not clone), files, and the audit last.
     */
    private static final List<Layer> LAYERS = List.of(
            new CatalogLayer(),
            new IndustryTablesLayer(),
            new FunctionsLayer(),
            AccessPoliciesLayer.functionsLayer(),
            new ViewsLayer(),
            new CatalogViewsLayer(),
            new DataQualityLayer(),
            new BronzeLayer(),
            new SilverLayer(),
            new GoldLayer(),
            new StarSchemaLayer(),
            new VersionHistoryLayer(),
            new ConstraintsLayer(),
            new TagsLayer(),
            new TablePropertiesLayer(),
            new GrantsLayer(),
            new OptimizeLayer(),
            new VolumesLayer(),
            new CloneLayer(),
            AccessPoliciesLayer.policiesLayer(),
            new CloneTemplateLayer(),
            new AuditLayer());

    private Compiler() {}

    public static Plan compile(DemoCatalog definition) {
        long seed = definition.seed() != null ? definition.seed() : Salts.randomSeed();
        PlanBuilder plan = new PlanBuilder(definition, seed);
        for (Layer layer : LAYERS) layer.contribute(plan);
        return plan.build();
    }

    /** Only the referential-integrity audit of {@code definition}'s industries, for a catalog that already exists. */
    public static Plan auditOnly(DemoCatalog definition) {
        PlanBuilder plan = new PlanBuilder(definition.validateReferentialIntegrity(true), definition.seed() != null ? definition.seed() : 0);
        new AuditLayer().contribute(plan);
        return plan.build();
    }
}
