package clxs.plan;

import java.util.List;
import java.util.Optional;

/**
 * What a definition compiles to: phases of dialect-free steps, the run settings, the industries it
 * generates, the seed every random value derives from, and what was requested but will not be done.
 * A plan is data: it can be printed ({@code clxs sql}), estimated ({@code clxs preview}), executed by
 * an engine, or compared in tests.
 */
public record Plan(RunSettings settings, List<String> industries, long seed, List<Phase> phases, List<Skip> skips) {

    public Plan {
        industries = List.copyOf(industries);
        phases = List.copyOf(phases);
        skips = List.copyOf(skips);
    }

    public String catalog() {
        return settings.catalog();
    }

    public List<Step> steps() {
        return phases.stream().flatMap(p -> p.steps().stream()).toList();
    }

    /** Rows all insert steps write. */
    public long rows() {
        return phases.stream().mapToLong(Phase::rows).sum();
    }

    public Optional<Phase> phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** Steps of one kind, e.g. {@code plan.steps(Step.CreateView.class)}. */
    public <S extends Step> List<S> steps(Class<S> kind) {
        return steps().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
