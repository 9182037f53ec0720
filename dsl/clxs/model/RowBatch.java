package clxs.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One batch of rows for a {@link Sink}: the rows of one tick of a stream, or one chunk of a table.
 * Rows are {@code Object[]} in the order of {@link #schema()}'s fields (see {@link RowSchema} for
 * the Java type of each SQL type); the producer hands them over and never changes them again.
 *
 * @param sequence 1, 2, 3, ... per sink: names files ({@code batch-...-000001.json}) and orders retries
 * @param time     when the batch was made (the tick's time; virtual under a backfill clock)
 */
public record RowBatch(RowSchema schema, List<Object[]> rows, long sequence, Instant time) {

    public RowBatch {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(time, "time");
        rows = List.copyOf(rows);
        if (sequence < 1) throw new IllegalArgumentException("batch sequence starts at 1, got " + sequence);
        for (Object[] row : rows) {
            if (row.length != schema.size()) {
                throw new IllegalArgumentException("a row of " + schema.name() + " has " + row.length + " values, the schema " + schema.size() + " fields");
            }
        }
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
