package clxs.stream;

import clxs.format.NdjsonEncoder;
import clxs.model.RowBatch;
import clxs.sink.Sink;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for assertions: rows, batches and the NDJSON bytes. */
class MemorySink implements Sink {

    final List<RowBatch> batches = new ArrayList<>();
    final List<Object[]> rows = new ArrayList<>();
    final ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    private NdjsonEncoder encoder;
    private long pending, written;
    int flushes;
    boolean opened, closed;

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void open() {
        opened = true;
    }

    @Override
    public void write(RowBatch batch) {
        if (encoder == null) encoder = NdjsonEncoder.of(batch.schema());
        batches.add(batch);
        rows.addAll(batch.rows());
        ndjson.writeBytes(encoder.encode(batch));
        pending += batch.size();
    }

    @Override
    public void flush() {
        flushes++;
        written += pending;
        pending = 0;
    }

    @Override
    public long written() {
        return written;
    }

    @Override
    public void close() {
        closed = true;
        flush();
    }

    String text() {
        return ndjson.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
