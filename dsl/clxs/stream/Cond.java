package clxs.stream;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A true/false test, evaluated once per event, with the same draw rules as {@link Num}. */
public sealed interface Cond extends Rule {

    /** {@code u < probability}. */
    record Chance(double probability) implements Cond {
        public Chance {
            if (!(probability >= 0 && probability <= 1)) throw new IllegalArgumentException("probability must be 0..1, got " + probability);
        }
    }

    /** {@code a <op> b}; false when either side is null. */
    record Compare(Num a, Op op, Num b) implements Cond {
        public enum Op { GT, GE, LT, LE }

        public Compare {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(b, "b");
        }
    }

    /** {@code text == value}; false when the text is null. */
    record TextIs(Text text, String value) implements Cond {}

    /** The device's {@link Condition} is in one of {@code phases}. */
    record InPhase(Set<String> phases) implements Cond {
        public InPhase {
            phases = Set.copyOf(phases);
        }
    }

    /** True when any is (evaluated left to right, stopping at the first true). */
    record Any(List<Cond> conds) implements Cond {
        public Any {
            conds = List.copyOf(conds);
        }
    }

    /** True when all are (evaluated left to right, stopping at the first false). */
    record All(List<Cond> conds) implements Cond {
        public All {
            conds = List.copyOf(conds);
        }
    }
}
