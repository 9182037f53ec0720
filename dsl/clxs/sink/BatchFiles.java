package clxs.sink;

import clxs.model.RowBatch;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The name of the file a batch is stored in, the same in a local folder and in a Unity Catalog
 * volume: {@code batch-<yyyyMMddTHHmmssZ>-<seq:06>.<ext>}, from the batch's time (UTC) and sequence.
 * Names sort in the order batches were made.
 */
public final class BatchFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private BatchFiles() {}

    /** {@code batch-20250101T120000Z-000001.json} for the first batch of noon, 1 January 2025, in {@code json}. */
    public static String name(RowBatch batch, String extension) {
        return name(batch.time(), batch.sequence(), extension);
    }

    /** The same for a batch numbered {@code sequence} (a sink that continues the numbers of an earlier run). */
    public static String name(java.time.Instant time, long sequence, String extension) {
        return "batch-" + STAMP.format(time) + "-" + String.format("%06d", sequence) + "." + extension;
    }
}
