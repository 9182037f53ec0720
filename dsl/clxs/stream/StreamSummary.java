package clxs.stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a run did, JSON-serialisable ({@link #toJson()}, snake_case). Counts:
 * {@code events_generated} events were made (each a new {@code event_id}); {@code events_emitted}
 * rows were handed to the sink (on time, late and duplicate deliveries); {@code events_written}
 * rows the sink confirmed — what a reader finds; {@code events_lost = emitted - written}, the
 * rows of failed ticks, never silently dropped. {@code pending_carried} deliveries were held in
 * the saved state for the next run.
 */
public record StreamSummary(String profile, String destination, long seed, boolean seedDrawn, int numDevices, int eventsPerBatch,
        double intervalSeconds, long ticksPlanned, long ticks, long eventsGenerated, long eventsEmitted, long eventsWritten, long eventsLost,
        long lateInjected, long duplicatesInjected, long nullsInjected, long pendingCarried, int tickErrors, String lastError, long overruns,
        boolean cancelled, Instant firstEventTime, Instant lastEventTime, double durationSeconds, double eventsPerSecond,
        List<TickRecord> tickRecords, @JsonIgnore StreamState state, Map<String, Object> destinationReport) {

    public StreamSummary {
        tickRecords = List.copyOf(tickRecords);
        destinationReport = destinationReport == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(destinationReport));
    }

    public String toJson() {
        try {
            return StreamJson.MAPPER.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The per-tick records: CSV when {@code file} ends in {@code .csv}, else a JSON array. */
    public void writeTicks(Path file) {
        try {
            if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                StringBuilder b = new StringBuilder("tick,time,events,cumulative,errors,overrun,error\n");
                for (TickRecord t : tickRecords) {
                    b.append(t.tick()).append(',').append(clxs.format.Timestamps.iso(t.time())).append(',').append(t.events()).append(',')
                            .append(t.cumulative()).append(',').append(t.errors()).append(',').append(t.overrun()).append(',')
                            .append(t.error() == null ? "" : '"' + t.error().replace("\"", "\"\"") + '"').append('\n');
                }
                Files.writeString(file, b);
            } else {
                Files.writeString(file, StreamJson.MAPPER.writeValueAsString(tickRecords));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tick records to " + file + ": " + e.getMessage(), e);
        }
    }
}
