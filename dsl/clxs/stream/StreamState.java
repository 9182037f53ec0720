package clxs.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * Where a stream stopped, so the next run continues it exactly: emitting N ticks, saving, and
 * resuming for N more gives the same events as 2N ticks in one run. JSON (snake_case):
 *
 * <pre>{@code
 * {"format": "clxs-stream-state/1", "profile": "smart_meter", "seed": 42, "num_devices": 200,
 *  "next_event_id": 2401, "next_tick": 12,
 *  "devices": [{"device": 0, "rng": "9e3779b97f4a7c15", "delivery_rng": "...", "events": 12,
 *               "phase": null, "level": null,
 *               "slots": {"meter_id#0": 0, "kwh_cumulative#0": 12034.50712, "voltage_v#0": 231.2}}, ...],
 *  "pending": [{"due_tick": 13, "event_id": 2388, "kind": "late", "values": {"event_id": 2388, ...}}]}
 * }</pre>
 *
 * Numbers are written so they read back to the same double (the shortest form when it does, else
 * the exact decimal expansion). {@code pending} holds late and duplicate deliveries not yet due:
 * {@code values} is the event as its NDJSON object.
 */
public record StreamState(String format, String profile, long seed, int numDevices, long nextEventId, long nextTick,
        List<DeviceState> devices, List<PendingEvent> pending) {

    public static final String FORMAT = "clxs-stream-state/1";

    /** A delivery still to come: {@code kind} is {@code late} or {@code duplicate}. */
    public record PendingEvent(long dueTick, long eventId, String kind, JsonNode values) {}

    public StreamState {
        if (!FORMAT.equals(format)) throw new IllegalArgumentException("not a clxs stream state (format " + format + ", expected " + FORMAT + ")");
        Objects.requireNonNull(profile, "profile");
        devices = List.copyOf(devices);
        pending = List.copyOf(pending);
        if (devices.size() != numDevices) throw new IllegalArgumentException("the state holds " + devices.size() + " devices, not " + numDevices);
    }

    public String toJson() {
        try {
            return StreamJson.MAPPER.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StreamState fromJson(String json) {
        try {
            return StreamJson.MAPPER.readValue(json, StreamState.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a readable clxs stream state: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes to a temporary file beside {@code file}, then renames it: a reader sees the old state or the new one. */
    public void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, toJson());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stream state to " + file + ": " + e.getMessage(), e);
        }
    }

    public static StreamState read(Path file) {
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stream state " + file + ": " + e.getMessage(), e);
        }
    }
}
