package clxs.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The bounds of a stream's cadence, as in Clone-Xs's {@code streaming_limits.json}: per field a
 * {@code default}, {@code min} and {@code max}. The file sits in the local directory; fields or
 * keys it leaves out keep the built-in values; {@code min <= default <= max} is enforced when it
 * is read.
 *
 * <pre>{@code
 * {"events_per_batch": {"default": 100, "min": 1, "max": 10000},
 *  "interval_seconds": {"default": 5, "min": 0.1, "max": 300},
 *  "total_duration_seconds": {"default": 60, "min": 1, "max": 3600},
 *  "num_devices": {"min": 1, "max": 100000}}
 * }</pre>
 *
 * {@code num_devices} has no default of its own: each profile has one.
 */
public record StreamLimits(Bound eventsPerBatch, Bound intervalSeconds, Bound totalDurationSeconds, Bound numDevices) {

    public static final String FILE_NAME = "streaming_limits.json";

    /** One field's bounds; {@code defaultValue} is null only for {@code num_devices}. */
    public record Bound(String field, Double defaultValue, double min, double max) {
        public Bound {
            if (!(min <= max)) throw new InvalidStreamSettingsException(field, FILE_NAME + ": " + field + " min " + text(min) + " is above its max " + text(max));
            if (defaultValue != null && defaultValue < min) {
                throw new InvalidStreamSettingsException(field, FILE_NAME + ": " + field + " default " + text(defaultValue) + " is below its min " + text(min));
            }
            if (defaultValue != null && defaultValue > max) {
                throw new InvalidStreamSettingsException(field, FILE_NAME + ": " + field + " default " + text(defaultValue) + " is above its max " + text(max));
            }
        }

        /** Throws unless {@code min <= value <= max}. */
        public void check(double value) {
            if (Double.isNaN(value) || value < min) throw new InvalidStreamSettingsException(field, field + " " + text(value) + " is below the minimum " + text(min));
            if (value > max) throw new InvalidStreamSettingsException(field, field + " " + text(value) + " is above the maximum " + text(max));
        }

        /** {@code value} brought within the bounds; {@code warnings} hears when it had to be. */
        public double clamp(double value, Consumer<String> warnings) {
            double c = Math.min(max, Math.max(min, value));
            if (c != value) warnings.accept(field + " " + text(value) + " is outside " + text(min) + ".." + text(max) + "; using " + text(c));
            return c;
        }
    }

    public static final StreamLimits DEFAULTS = new StreamLimits(
            new Bound("events_per_batch", 100.0, 1, 10_000),
            new Bound("interval_seconds", 5.0, 0.1, 300),
            new Bound("total_duration_seconds", 60.0, 1, 3_600),
            new Bound("num_devices", null, 1, 100_000));

    private static final Set<String> KEYS = Set.of("default", "min", "max");

    /** {@code <dir>/streaming_limits.json} when it exists, else the built-in limits. */
    public static StreamLimits in(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        return Files.exists(file) ? read(file) : DEFAULTS;
    }

    public static StreamLimits read(Path file) {
        JsonNode root;
        try {
            root = StreamJson.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidStreamSettingsException("limits", "cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new InvalidStreamSettingsException("limits", file + " is not a JSON object");
        Map<String, Bound> known = Map.of("events_per_batch", DEFAULTS.eventsPerBatch, "interval_seconds", DEFAULTS.intervalSeconds,
                "total_duration_seconds", DEFAULTS.totalDurationSeconds, "num_devices", DEFAULTS.numDevices);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.containsKey(f)) throw new InvalidStreamSettingsException(f, FILE_NAME + ": unknown field " + f + "; the fields are " + new java.util.TreeSet<>(known.keySet()));
        }
        return new StreamLimits(bound(root, DEFAULTS.eventsPerBatch), bound(root, DEFAULTS.intervalSeconds),
                bound(root, DEFAULTS.totalDurationSeconds), bound(root, DEFAULTS.numDevices));
    }

    private static Bound bound(JsonNode root, Bound builtIn) {
        JsonNode node = root.get(builtIn.field());
        if (node == null) return builtIn;
        if (!node.isObject()) throw new InvalidStreamSettingsException(builtIn.field(), FILE_NAME + ": " + builtIn.field() + " must be {\"default\": .., \"min\": .., \"max\": ..}");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw new InvalidStreamSettingsException(builtIn.field(), FILE_NAME + ": " + builtIn.field() + " has an unknown key " + k);
            if (!node.get(k).isNumber()) throw new InvalidStreamSettingsException(builtIn.field(), FILE_NAME + ": " + builtIn.field() + "." + k + " is not a number");
        }
        Double def = node.has("default") ? Double.valueOf(node.get("default").asDouble()) : builtIn.defaultValue();
        return new Bound(builtIn.field(), def, node.has("min") ? node.get("min").asDouble() : builtIn.min(),
                node.has("max") ? node.get("max").asDouble() : builtIn.max());
    }

    static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
