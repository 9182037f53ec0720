package clxs.format;

import clxs.model.RowSchema;
import clxs.model.RowBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Rows as newline-delimited JSON: one object per row, fields in schema order, every field present
 * ({@code null} when the value is), no spaces, each line ended by {@code \n}. Written by hand into
 * a {@link JsonBuffer}: field names are encoded once, values by a {@link JsonValueWriter} per
 * field, so the same encoder serves files ({@link JsonValueWriters#STANDARD}) and Zerobus JSON
 * records ({@link JsonValueWriters#ZEROBUS}, one {@link #writeRow} per record).
 *
 * <pre>{@code
 * {"event_id":1,"meter_id":"meter-000001","captured_at":"2025-03-01T08:00:00.000000Z","kwh_cumulative":12034.507}
 * }</pre>
 *
 * Not thread-safe ({@link #encode} reuses one buffer); one encoder per thread.
 */
public final class NdjsonEncoder implements BatchEncoder {

    private final RowSchema schema;
    private final byte[][] names;
    /** {@code "name":} without the separator, for rows that leave their nulls out. */
    private final byte[][] bareNames;
    private final JsonValueWriter[] writers;
    private final JsonBuffer buffer = new JsonBuffer(64 * 1024);

    private NdjsonEncoder(RowSchema schema, JsonValueWriters types) {
        this.schema = schema;
        this.names = new byte[schema.size()][];
        this.bareNames = new byte[schema.size()][];
        this.writers = new JsonValueWriter[schema.size()];
        for (int i = 0; i < schema.size(); i++) {
            RowSchema.Field f = schema.field(i);
            JsonBuffer name = new JsonBuffer(f.name().length() + 4);
            name.writeByte(i == 0 ? '{' : ',').writeString(f.name()).writeByte(':');
            names[i] = name.toByteArray();
            bareNames[i] = java.util.Arrays.copyOfRange(names[i], 1, names[i].length);
            writers[i] = types.forField(f);
        }
    }

    /** The volume-file encoding (ISO timestamps). */
    public static NdjsonEncoder of(RowSchema schema) {
        return new NdjsonEncoder(schema, JsonValueWriters.STANDARD);
    }

    /** An encoding with other per-type writers, e.g. {@link JsonValueWriters#ZEROBUS}. */
    public static NdjsonEncoder of(RowSchema schema, JsonValueWriters types) {
        return new NdjsonEncoder(schema, types);
    }

    public RowSchema schema() {
        return schema;
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public byte[] encode(RowBatch batch) {
        requireSchema(batch);
        buffer.reset();
        writeRows(batch.rows(), buffer);
        return buffer.toByteArray();
    }

    /** Encodes {@code batch} straight into {@code out}, without an intermediate copy. */
    public void encodeTo(RowBatch batch, OutputStream out) throws IOException {
        requireSchema(batch);
        buffer.reset();
        writeRows(batch.rows(), buffer);
        buffer.writeTo(out);
    }

    /** Each row as a line. */
    public void writeRows(List<Object[]> rows, JsonBuffer out) {
        for (Object[] row : rows) {
            writeRow(row, out);
            out.writeByte('\n');
        }
    }

    /** One row as a JSON object, no newline. */
    public void writeRow(Object[] row, JsonBuffer out) {
        for (int i = 0; i < writers.length; i++) {
            out.writeRaw(names[i]);
            Object v = row[i];
            if (v == null) out.writeNull();
            else writers[i].write(out, v);
        }
        out.writeByte('}');
    }

    /** One row as a JSON object with no key for a null value (what Zerobus JSON records want), no newline. */
    public void writeRowWithoutNulls(Object[] row, JsonBuffer out) {
        boolean first = true;
        for (int i = 0; i < writers.length; i++) {
            Object v = row[i];
            if (v == null) continue;
            out.writeByte(first ? '{' : ',');
            out.writeRaw(bareNames[i]);
            writers[i].write(out, v);
            first = false;
        }
        if (first) out.writeByte('{');
        out.writeByte('}');
    }

    /** One row as a JSON object string. */
    public String rowJson(Object[] row) {
        JsonBuffer out = new JsonBuffer(256);
        writeRow(row, out);
        return out.toString();
    }

    private void requireSchema(RowBatch batch) {
        if (!batch.schema().equals(schema)) {
            throw new IllegalArgumentException("this encoder writes " + schema.name() + " rows, not " + batch.schema().name());
        }
    }
}
