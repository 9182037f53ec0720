package clxs.format;

/**
 * Writes one non-null value of one field as JSON. The per-type choices of an encoding live here
 * ({@link JsonValueWriters}): an event time is an ISO string in NDJSON files and an int64 of epoch
 * microseconds in a Zerobus JSON record, while the rest of the encoder is shared.
 */
@FunctionalInterface
public interface JsonValueWriter {

    void write(JsonBuffer out, Object value);
}
