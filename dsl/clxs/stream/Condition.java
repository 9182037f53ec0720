package clxs.stream;

import clxs.model.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A device's health as a cyclic Markov chain, e.g. NORMAL → DEGRADING → FAULT → RECOVERY → NORMAL,
 * so labelled anomalies (fault codes, fraud flags, alerts) follow the device's state instead of
 * independent coin flips, and features drift before a label flips. Each device starts in the first
 * phase at level 0. On every event, before any field:
 *
 * <pre>
 * u = next double;  if u &lt; phase.leave: phase = the next phase (after the last, the first)
 * level = level + (phase.level - level) * approach
 * </pre>
 *
 * Fields read {@link Num.Level} (to drift) and {@link Cond.InPhase} (to label). A phase lasts
 * {@code 1 / leave} events on average, so the share of events in a phase is its mean length over
 * the sum of all mean lengths.
 *
 * @param approach how far the level moves toward the phase's level per event, in (0, 1]
 */
public record Condition(String name, List<Phase> phases, double approach) {

    /** @param leave the per-event probability of moving on to the next phase, in (0, 1] */
    public record Phase(String name, double level, double leave) {
        public Phase {
            Names.require("phase", name);
            if (!(level >= 0 && level <= 1)) throw new IllegalArgumentException("phase " + name + ": level must be 0..1");
            if (!(leave > 0 && leave <= 1)) throw new IllegalArgumentException("phase " + name + ": leave must be in (0, 1]");
        }
    }

    public Condition {
        Names.require("condition", name);
        phases = List.copyOf(phases);
        if (phases.size() < 2) throw new IllegalArgumentException("condition " + name + " needs at least two phases");
        Set<String> seen = new HashSet<>();
        for (Phase p : phases) if (!seen.add(p.name())) throw new IllegalArgumentException("condition " + name + " has two phases " + p.name());
        if (!(approach > 0 && approach <= 1)) throw new IllegalArgumentException("condition " + name + ": approach must be in (0, 1]");
    }

    /** NORMAL, DEGRADING, FAULT, RECOVERY with the mean number of events spent in each. */
    public static Condition degradation(String name, double normalEvents, double degradingEvents, double faultEvents, double recoveryEvents,
            double approach) {
        return new Condition(name, List.of(
                new Phase("NORMAL", 0, 1 / normalEvents),
                new Phase("DEGRADING", 0.8, 1 / degradingEvents),
                new Phase("FAULT", 1, 1 / faultEvents),
                new Phase("RECOVERY", 0, 1 / recoveryEvents)), approach);
    }

    public int indexOf(String phase) {
        for (int i = 0; i < phases.size(); i++) if (phases.get(i).name().equals(phase)) return i;
        return -1;
    }

    /** The long-run share of events spent in {@code phase}. */
    public double share(String phase) {
        double total = 0;
        for (Phase p : phases) total += 1 / p.leave();
        return 1 / phases.get(Objects.checkIndex(indexOf(phase), phases.size())).leave() / total;
    }
}
