package clxs.stream;

import java.util.Objects;

/**
 * How one field of a device profile gets its value: the sealed IR that {@link DeviceProgram}
 * interprets (and that a Python port interprets the same way, see {@code package-info}). A number
 * rule ({@link Num}) feeds DOUBLE, INT and BIGINT fields, a text rule ({@link Text}) STRING fields,
 * a condition ({@link Cond}) BOOLEAN fields; {@link Key}, {@link EventId} and {@link EventTime} are
 * the stream's own values.
 */
public sealed interface Rule permits Num, Text, Cond, Rule.Key, Rule.EventId, Rule.EventTime {

    /** Where a key's position comes from. */
    enum Scope {
        /** The device's own index: device {@code i} gets key {@code i} (mod the key count). No draw. */
        DEVICE,
        /** Drawn once per device, when the device is created. */
        STICKY,
        /** Drawn for every event. */
        EVENT
    }

    /**
     * A key of an entity, from {@code defaults} unless the run binds the field to other keys (the
     * batch catalog's, see {@link EntityLink}); its SQL type follows the keys.
     */
    record Key(EntityKeys defaults, Scope scope) implements Rule {
        public Key {
            Objects.requireNonNull(defaults, "defaults");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** The per-stream event number, 1, 2, 3, ... in generation order (BIGINT). */
    record EventId() implements Rule {}

    /** The event time (TIMESTAMP), a function of the tick schedule only. */
    record EventTime() implements Rule {}
}
