package clxs.plan;

import java.util.List;

/** A group of steps that may run in parallel; phases run one after another, in {@link PhaseKind} order. */
public record Phase(PhaseKind kind, int round, List<Step> steps) {

    public Phase {
        steps = List.copyOf(steps);
        if (round < 0 || (round > 0) != kind.repeats()) throw new IllegalArgumentException("phase " + kind + " has no round " + round);
    }

    /** {@code data}, {@code star facts}, {@code history 1}. */
    public String name() {
        return kind.label(round);
    }

    public String description() {
        return kind.description(round);
    }

    public long rows() {
        return steps.stream().mapToLong(Step::rows).sum();
    }
}
