package clxs.stream;

import java.util.List;
import java.util.Objects;

/** A string, evaluated once per event, with the same draw rules as {@link Num}. */
public sealed interface Text extends Rule {

    /** {@code value}. */
    record Lit(String value) implements Text {
        public Lit {
            Objects.requireNonNull(value, "value");
        }
    }

    /** One of {@code values}, weighted as {@link Num.Pick}. */
    record Pick(List<String> values, List<Integer> weights) implements Text {
        public Pick {
            values = List.copyOf(values);
            weights = List.copyOf(weights);
            Weights.check(values.size(), weights);
        }
    }

    /**
     * {@code prefix + n + suffix} where {@code n = floor(number + 0.5)} is written in decimal and
     * left-padded with zeros to {@code width} digits: the {@code %0Nd} of {@code "meter-%06d"}
     * (see {@link Rules#format}). {@code n} must not be negative.
     */
    record Format(String prefix, int width, String suffix, Num number) implements Text {
        public Format {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(suffix, "suffix");
            Objects.requireNonNull(number, "number");
            if (width < 0 || width > 19) throw new IllegalArgumentException("format width must be 0..19, got " + width);
        }
    }

    /** {@code length} characters, each {@code alphabet[index(alphabet.length)]}. */
    record Chars(String alphabet, int length) implements Text {
        public Chars {
            if (alphabet.isEmpty() || length < 1) throw new IllegalArgumentException("Chars needs an alphabet and a length");
        }
    }

    /** One 64-bit draw ({@link SplitMix64#nextLong()}) as 16 lower-case hex digits. */
    record Hex64() implements Text {}

    /** The parts joined. */
    record Concat(List<Text> parts) implements Text {
        public Concat {
            parts = List.copyOf(parts);
        }
    }

    /** The value an earlier STRING field of this event was given. */
    record Ref(String field) implements Text {
        public Ref {
            Objects.requireNonNull(field, "field");
        }
    }

    /** {@code then} when {@code test} holds, else {@code otherwise}; only the taken branch is evaluated. */
    record If(Cond test, Text then, Text otherwise) implements Text {}

    /** No value (the field is null). */
    record Null() implements Text {}

    /** Evaluated once when the device is created. State. */
    record Sticky(Text value) implements Text {}

    /**
     * An id that lasts {@code events} events: on an event with none left, {@code id} is evaluated
     * and {@code events} are left; each event uses one. State (the id and how many are left).
     */
    record Session(int events, Text id) implements Text {
        public Session {
            if (events < 1) throw new IllegalArgumentException("a session lasts at least one event");
            Objects.requireNonNull(id, "id");
        }
    }
}
