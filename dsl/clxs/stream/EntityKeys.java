package clxs.stream;

import clxs.model.SqlType;
import java.util.List;
import java.util.Objects;

/**
 * The keys an entity field draws from, by position {@code 0 .. count-1}. A profile declares its
 * defaults ({@code store-0001 .. store-0050}); a run can bind the field to the keys of a batch
 * catalog table instead, resolved by the caller ({@link EntityLink}), so the emitter never touches
 * an engine. The field's SQL type is the keys' type.
 */
public sealed interface EntityKeys {

    /** For keys used by device index only: no upper end. */
    long UNBOUNDED = Long.MAX_VALUE;

    long count();

    SqlType type();

    /** The key at {@code position} (a {@code Long} or a {@code String}). */
    Object at(long position);

    /** {@code first, first + 1, ...} as BIGINT: a parent table's {@code 1..N} sequence keys. */
    record Range(long first, long count) implements EntityKeys {
        public Range {
            if (count < 1) throw new IllegalArgumentException("a key range needs at least one key, got " + count);
        }

        @Override
        public SqlType type() {
            return SqlType.BIGINT;
        }

        @Override
        public Object at(long position) {
            return first + position;
        }
    }

    /** {@code String.format(pattern, first + position)} for a {@code prefix%0Nd suffix} pattern. */
    record Formatted(String pattern, long first, long count) implements EntityKeys {
        public Formatted {
            Rules.parseFormat(pattern);
            if (count < 1) throw new IllegalArgumentException("formatted keys need at least one key, got " + count);
            if (first < 0) throw new IllegalArgumentException("formatted keys start at a non-negative number, got " + first);
        }

        @Override
        public SqlType type() {
            return SqlType.STRING;
        }

        @Override
        public Object at(long position) {
            return Rules.formatted(pattern, first + position);
        }
    }

    /** Explicit keys, e.g. a parent table's code column read in key order. */
    record Listed(List<String> values) implements EntityKeys {
        public Listed {
            values = List.copyOf(values);
            if (values.isEmpty()) throw new IllegalArgumentException("listed keys need at least one key");
        }

        @Override
        public long count() {
            return values.size();
        }

        @Override
        public SqlType type() {
            return SqlType.STRING;
        }

        @Override
        public Object at(long position) {
            return values.get(Math.toIntExact(position));
        }
    }

    static EntityKeys range(long first, long count) {
        return new Range(first, count);
    }

    static EntityKeys formatted(String pattern, long first, long count) {
        return new Formatted(pattern, first, count);
    }

    static EntityKeys listed(List<String> values) {
        return new Listed(Objects.requireNonNull(values, "values"));
    }
}
