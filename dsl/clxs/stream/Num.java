package clxs.stream;

import java.util.List;
import java.util.Objects;

/**
 * A number (an IEEE double), evaluated once per event. Only {@code + - * /}, {@code floor},
 * {@code min}, {@code max} and {@code sqrt} are used, which give the same bits in every language;
 * "no value" is {@link Null} (NaN inside the interpreter, {@code None} in a port).
 *
 * <p>Draws (a {@code u} below is one {@link SplitMix64#nextDouble()} of the device's generator)
 * happen in evaluation order: children left to right, and only in the branch an {@link If} takes.
 */
public sealed interface Num extends Rule {

    /** {@code value}. */
    record Const(double value) implements Num {}

    /** {@code lo + (hi - lo) * u}. */
    record Uniform(double lo, double hi) implements Num {}

    /** Bell-shaped between {@code lo} and {@code hi}: {@code lo + (hi - lo) * ((u1 + u2 + u3) / 3)}. */
    record Bell(double lo, double hi) implements Num {}

    /** A whole number in {@code [lo, hi]}: {@code lo + index(hi - lo + 1)}. */
    record IntBetween(long lo, long hi) implements Num {
        public IntBetween {
            if (hi < lo || hi - lo >= (1L << 31)) throw new IllegalArgumentException("IntBetween(" + lo + ", " + hi + ") is empty or too wide");
        }
    }

    /** One of {@code values}, weighted: {@code r = index(sum(weights))}, the first {@code i} with {@code r < weights[0] + ... + weights[i]}. */
    record Pick(List<Double> values, List<Integer> weights) implements Num {
        public Pick {
            values = List.copyOf(values);
            weights = List.copyOf(weights);
            Weights.check(values.size(), weights);
        }
    }

    /** The value an earlier field of this event was given (after rounding); the field must be numeric and not null. */
    record Ref(String field) implements Num {
        public Ref {
            Objects.requireNonNull(field, "field");
        }
    }

    /** The event's {@code event_id}. */
    record EventNumber() implements Num {}

    /** The device's condition level, 0 (healthy) to 1 (failed); see {@link Condition}. */
    record Level() implements Num {}

    /** A binary operation. */
    record Op(Kind kind, Num a, Num b) implements Num {
        public enum Kind { ADD, SUB, MUL, DIV, MIN, MAX }

        public Op {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    /** {@code floor(x)} or {@code sqrt(x)}. */
    record Unary(Kind kind, Num x) implements Num {
        public enum Kind { FLOOR, SQRT }
    }

    /** {@code then} when {@code test} holds, else {@code otherwise}; only the taken branch is evaluated. */
    record If(Cond test, Num then, Num otherwise) implements Num {}

    /** No value (the field is null). */
    record Null() implements Num {}

    /** Evaluated once when the device is created; the same value for every event after. State. */
    record Sticky(Num value) implements Num {}

    /**
     * A value that moves by {@code step} on every event, starting at {@code start} (drawn when the
     * device is created): {@code v = v + step}; above {@code max} (or below {@code min}) it becomes
     * {@code reset} when there is one, else the bound. The event sees the moved value. Counters
     * ({@code step >= 0}), random walks ({@code step} around 0) and tanks that drain and refill are
     * all walks. State. Bounds may be null (none).
     */
    record Walk(Num start, Num step, Double min, Double max, Num reset) implements Num {
        public Walk {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(step, "step");
            if (min != null && max != null && min > max) throw new IllegalArgumentException("walk bounds " + min + " > " + max);
        }
    }
}
