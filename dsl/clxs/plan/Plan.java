package clxs.plan;

import clxs.DemoCatalog;
import java.util.List;
import java.util.Optional;

/**
 * The compiled form of a {@link DemoCatalog}: phases of dialect-free steps, the seed every
 * random value derives from, and what was requested but will not be done. A plan is data: it can
 * be printed ({@code clxs sql}), estimated, executed by a target, or compared in tests.
 */
public record Plan(DemoCatalog definition, long seed, List<Phase> phases, List<Skip> skips) {

    public Plan {
        phases = List.copyOf(phases);
        skips = List.copyOf(skips);
    }

    public String catalog() {
        return definition.catalogName();
    }

    public List<Step> steps() {
        return phases.stream().flatMap(p -> p.steps().stream()).toList();
    }

    /** Rows all insert steps write. */
    public long rows() {
        return phases.stream().mapToLong(Phase::rows).sum();
    }

    public Optional<Phase> phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Steps of one kind, e.g. {@code plan.steps(Step.CreateView.class)}. */
    public <S extends Step> List<S> steps(Class<S> kind) {
        return steps().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
