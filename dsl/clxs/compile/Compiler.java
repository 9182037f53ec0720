package clxs.compile;

import clxs.model.Industry;
import clxs.plan.AuditLayer;
import clxs.plan.BronzeLayer;
import clxs.plan.CatalogLayer;
import clxs.plan.CatalogViewsLayer;
import clxs.plan.FunctionsLayer;
import clxs.plan.GoldLayer;
import clxs.plan.IndustryTablesLayer;
import clxs.plan.Layer;
import clxs.plan.Plan;
import clxs.plan.PlanBuilder;
import clxs.plan.RunSettings;
import clxs.plan.Salts;
import clxs.plan.SilverLayer;
import clxs.plan.StarSchemaLayer;
import clxs.plan.ViewsLayer;
import clxs.plan.enrichment.AccessPoliciesLayer;
import clxs.plan.enrichment.AnomalyLabelsLayer;
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
 * Compiles industries and run settings into a {@link Plan}: each {@link Layer} adds its steps, in
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
            new AnomalyLabelsLayer(),
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

    /**
     * The plan that generates {@code industries} with {@code settings}; {@code seed} null draws one
     * (reported in the plan, so the run can be repeated).
     */
    public static Plan compile(List<Industry> industries, RunSettings settings, Long seed) {
        return compile(industries, settings, seed, null);
    }

    /**
     * The same, with the people, places and companies of {@code realistic_data} ({@code clxs.realism} builds
     * them from the same seed); {@code seed} must be set when they are given, as they were drawn from it.
     */
    public static Plan compile(List<Industry> industries, RunSettings settings, Long seed, clxs.model.LocalePools localePools) {
        if (localePools != null && (seed == null || seed != localePools.seed())) {
            throw new IllegalArgumentException("the locale pools were built for seed " + localePools.seed() + ", not " + seed);
        }
        PlanBuilder plan = new PlanBuilder(settings, industries, seed != null ? seed : Salts.randomSeed(), localePools);
        for (Layer layer : LAYERS) layer.contribute(plan);
        return plan.build();
    }

    /** Only the referential-integrity audit of {@code industries}, for a catalog that already exists. */
    public static Plan auditOnly(List<Industry> industries, RunSettings settings) {
        PlanBuilder plan = new PlanBuilder(settings.toBuilder().validateReferentialIntegrity(true).schemaOnly(false).build(), industries, 0);
        new AuditLayer().contribute(plan);
        return plan.build();
    }
}
