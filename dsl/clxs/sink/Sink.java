package clxs.sink;

import clxs.model.RowBatch;

/**
 * Where batches of rows or events go: files in a (local or Unity Catalog) volume, a DuckDB or
 * Databricks table, Zerobus, standard output. A sink has an explicit lifecycle, like a
 * Testcontainers container:
 *
 * <pre>{@code
 * try (Sink sink = new NdjsonFileSink(dir, "smart_meter")) {
 *     sink.open();                    // create folders, tables, streams; fail fast on a bad destination
 *     for (RowBatch b : batches) {
 *         sink.write(b);              // hand a batch over (it may still be buffered)
 *         sink.flush();               // everything written so far is now durable and visible to readers
 *     }
 * }                                   // close(): flush, then release; idempotent
 * }</pre>
 *
 * {@link #written()} counts only rows the destination has confirmed (a renamed file, a committed
 * insert, an acknowledged offset), so what a run reports is what a reader finds. Implementations
 * are used from one thread at a time.
 */
public interface Sink extends AutoCloseable {

    /** Where rows go, for progress and summaries ({@code "NDJSON files in clxs-data/volumes/demo/iot/events/smart_meter"}). */
    String describe();

    /** Creates what the destination needs and checks it can be written; called once, before the first write. */
    void open();

    /** Hands one batch over. The sink may buffer it until {@link #flush()}. */
    void write(RowBatch batch);

    /** Makes every batch written so far durable and visible; returns when it is (or throws). */
    void flush();

    /** Rows confirmed by the destination so far. */
    long written();

    /**
     * What this destination adds to a run's summary, by name ({@code stream_reopens}, {@code files},
     * {@code bronze_table}, ...): JSON-friendly values, in the order to show them. Empty by default.
     */
    default java.util.Map<String, Object> report() {
        return java.util.Map.of();
    }

    /** Flushes what is pending and releases connections and files; calling it again does nothing. */
    @Override
    void close();
}
