package clxs.plan;

/**
 * One part of a demo catalog (the catalog itself, industry tables, views, functions, and later
 * medallion or star-schema overlays): it adds its steps to the phases of a plan.
 */
public interface Layer {

    void contribute(PlanBuilder plan);
}
