package clxs.plan;

import java.util.List;

/** A named group of steps that may run in parallel; phases run one after another. */
public record Phase(String name, String description, List<Step> steps) {

    public Phase {
        steps = List.copyOf(steps);
    }

    public long rows() {
        return steps.stream().mapToLong(Step::rows).sum();
    }
}
