package clxs.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One device's saved state (see {@link StreamState} for the JSON). {@code slots} maps a stateful
 * rule's slot name ({@code kwh_cumulative#0}) to a number (a walk's or sticky number's current
 * value; a key's position), a string (a sticky text) or a session {@code {"id": ..., "left": n}}.
 *
 * @param rng         the value generator's state, 16 hex digits
 * @param deliveryRng the delivery generator's state (late, duplicate, null draws)
 * @param events      events this device has made so far
 * @param phase       the condition's phase, null without a condition
 * @param level       the condition's level, null without a condition
 */
public record DeviceState(int device, String rng, String deliveryRng, long events, String phase, Double level, Map<String, Object> slots) {

    public DeviceState {
        slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    /** A session slot: the current id (null before the first event) and the events it has left. */
    public record Session(String id, long left) {}

    static Session session(String id, long left) {
        return new Session(id, left);
    }

    static Session session(Object saved) {
        if (saved instanceof Session s) return s;
        if (saved instanceof Map<?, ?> m && m.containsKey("left")) {
            return new Session((String) m.get("id"), ((Number) m.get("left")).longValue());
        }
        throw new IllegalArgumentException("a saved session is {\"id\": ..., \"left\": n}, not " + saved);
    }
}
