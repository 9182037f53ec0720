package clxs.stream;

import clxs.format.Timestamps;
import clxs.model.RowBatch;
import clxs.sink.Sink;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A sink that keeps counts only (for runs too long to hold in memory). */
final class CountingSink implements Sink {

    long rows, pending, written, batches;
    long minCaptured = Long.MAX_VALUE, maxCaptured = Long.MIN_VALUE;
    long lastCaptured = Long.MIN_VALUE;
    boolean capturedInOrder = true;
    final Set<Instant> batchTimes = new HashSet<>();
    private final int capturedAt;

    CountingSink(int capturedAtIndex) {
        this.capturedAt = capturedAtIndex;
    }

    @Override
    public String describe() {
        return "counter";
    }

    @Override
    public void open() {}

    @Override
    public void write(RowBatch batch) {
        batches++;
        batchTimes.add(batch.time());
        for (Object[] r : batch.rows()) {
            long t = Timestamps.epochMicros((Instant) r[capturedAt]);
            minCaptured = Math.min(minCaptured, t);
            maxCaptured = Math.max(maxCaptured, t);
            if (t < lastCaptured) capturedInOrder = false;
            lastCaptured = t;
        }
        rows += batch.size();
        pending += batch.size();
    }

    @Override
    public void flush() {
        written += pending;
        pending = 0;
    }

    @Override
    public long written() {
        return written;
    }

    @Override
    public void close() {
        flush();
    }
}
