package clxs.plan;

import clxs.DemoCatalog;
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

    PlanBuilder(DemoCatalog definition, long seed) {
        this.definition = definition;
        this.seed = seed;
    }

    public DemoCatalog definition() {
        return definition;
    }

    public long seed() {
        return seed;
    }

    /** The phase named {@code name}, created (after the existing ones) on first use. */
    public PhaseBuilder phase(String name, String description) {
        return phases.computeIfAbsent(name, n -> new PhaseBuilder(n, description));
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
