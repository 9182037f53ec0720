package clxs.plan;

import clxs.DemoCatalog;
import clxs.model.Industry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the steps layers contribute, phase by phase, in the order phases are first named. */
public final class PlanBuilder {

    private final DemoCatalog definition;
    private final long seed;
    private final Map<String, PhaseBuilder> phases = new LinkedHashMap<>();
    private final List<Skip> skips = new ArrayList<>();
    private final List<Industry> industries;

    PlanBuilder(DemoCatalog definition, long seed) {
        this.definition = definition;
        this.seed = seed;
        this.industries = definition.industries().stream().map(Scd2Dimensions::apply).toList();
    }

    public DemoCatalog definition() {
        return definition;
    }

    /** The industries as generated: the definition's, with the SCD2 history columns on three dimensions each. */
    public List<Industry> industries() {
        return industries;
    }

    /** {@code catalog.schema.name} in the generated catalog. */
    public ObjectName name(String schema, String object) {
        return ObjectName.of(definition.catalogName(), schema, object);
    }

    /** A salt for draws of a layer ({@code namespace} names what is drawn), from the plan's seed. */
    public int salt(String namespace) {
        return Salts.of(seed, namespace, 0);
    }

    public long seed() {
        return seed;
    }

    /** The phase named {@code name}, created (after the existing ones) on first use. */
    public PhaseBuilder phase(String name, String description) {
        return phases.computeIfAbsent(name, n -> new PhaseBuilder(n, description));
    }

    /** Steps contributed so far, phase by phase, with the name of their phase. */
    public List<Map.Entry<String, Step>> stepsSoFar() {
        List<Map.Entry<String, Step>> out = new ArrayList<>();
        for (PhaseBuilder p : phases.values()) {
            for (Step s : p.steps) out.add(Map.entry(p.name, s));
        }
        return out;
    }

    /** Tables created so far in the generated catalog (industry tables, bronze, star schema), in plan order. */
    public List<ObjectName> tablesSoFar() {
        return stepsSoFar().stream().map(e -> e.getValue().createdTable())
                .filter(t -> t != null && t.catalog().equals(definition.catalogName())).toList();
    }

    public void skip(String what, String reason) {
        skips.add(new Skip(what, reason));
    }

    Plan build() {
        List<Phase> built = new ArrayList<>();
        for (PhaseBuilder p : phases.values()) {
            if (!p.steps.isEmpty()) built.add(new Phase(p.name, p.description, p.steps));
        }
        return new Plan(definition, seed, built, skips);
    }

    /** The steps of one phase. */
    public static final class PhaseBuilder {
        private final String name;
        private final String description;
        private final List<Step> steps = new ArrayList<>();

        private PhaseBuilder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        public PhaseBuilder add(Step step) {
            steps.add(step);
            return this;
        }

        /** Largest steps first, so parallel workers finish together. */
        void sortByRowsDescending() {
            steps.sort((a, b) -> Long.compare(b.rows(), a.rows()));
        }
    }
}
