package clxs.sink;

import clxs.model.RowBatch;

import clxs.format.NdjsonEncoder;
import java.io.PrintStream;

/** NDJSON lines to a {@link PrintStream} (standard output, for piping); a batch counts as written once flushed. */
public final class StdoutSink implements Sink {

    private final PrintStream out;
    private NdjsonEncoder encoder;
    private long pending, written;
    private boolean closed;

    public StdoutSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public String describe() {
        return "standard output";
    }

    @Override
    public void open() {
        if (out.checkError()) throw new SinkException("standard output is closed");
    }

    @Override
    public void write(RowBatch batch) {
        if (closed) throw new IllegalStateException("the stdout sink is closed");
        if (encoder == null || !encoder.schema().equals(batch.schema())) encoder = NdjsonEncoder.of(batch.schema());
        byte[] bytes = encoder.encode(batch);
        out.write(bytes, 0, bytes.length);
        pending += batch.size();
    }

    @Override
    public void flush() {
        out.flush();
        if (out.checkError() && pending > 0) {
            pending = 0;
            throw new SinkException("cannot write to standard output (closed pipe?)");
        }
        written += pending;
        pending = 0;
    }

    @Override
    public long written() {
        return written;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        flush();
    }
}
