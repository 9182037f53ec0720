package clxs.format;

import clxs.model.RowSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows as the JSON records a Zerobus JSON stream takes: one object per row, a key per field, and
 * the wire types of the Zerobus type mapping, which differ from plain NDJSON for time:
 *
 * <table>
 * <caption>wire types</caption>
 * <tr><th>field type</th><th>JSON value</th></tr>
 * <tr><td>TIMESTAMP</td><td>int64, microseconds since the epoch (UTC)</td></tr>
 * <tr><td>DATE</td><td>int32, days since 1970-01-01</td></tr>
 * <tr><td>DECIMAL</td><td>number, its plain digits</td></tr>
 * <tr><td>others</td><td>the native JSON type</td></tr>
 * </table>
 *
 * An ISO string for a TIMESTAMP is refused by the service ("invalid digit found in string"). A
 * null value of a nullable field is left out of the object.
 *
 * <pre>{@code
 * ZerobusJsonEncoder json = ZerobusJsonEncoder.of(meter);
 * json.record(row)   // {"meter_id":"meter-000001","kwh":12.5,"captured_at":1767225600000000}
 * }</pre>
 */
public final class ZerobusJsonEncoder {

    private final RowSchema schema;
    private final NdjsonEncoder json;

    private ZerobusJsonEncoder(RowSchema schema) {
        this.schema = schema;
        this.json = NdjsonEncoder.of(schema, JsonValueWriters.ZEROBUS);
    }

    public static ZerobusJsonEncoder of(RowSchema schema) {
        return new ZerobusJsonEncoder(schema);
    }

    public RowSchema schema() {
        return schema;
    }

    /** One row as a JSON object; a null in a field that is not nullable, or a NaN, is refused here rather than by the server. */
    public String record(Object[] row) {
        if (row.length != schema.size()) throw new IllegalArgumentException("a row of " + schema.name() + " has " + row.length + " values, the schema " + schema.size() + " fields");
        for (int i = 0; i < row.length; i++) {
            RowSchema.Field f = schema.field(i);
            if (row[i] == null && !f.nullable()) throw new IllegalArgumentException(schema.name() + "." + f.name() + " is null but the field is not nullable");
            if (row[i] instanceof Double d) finite(f, d);
        }
        JsonBuffer out = new JsonBuffer(32 * row.length);
        json.writeRowWithoutNulls(row, out);
        return out.toString();
    }

    /** Every row, in order. */
    public List<String> records(List<Object[]> rows) {
        List<String> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) out.add(record(row));
        return out;
    }

    /** Microseconds since 1970-01-01T00:00:00Z: the wire value of a TIMESTAMP. */
    public static long epochMicros(Instant t) {
        return Timestamps.epochMicros(t);
    }

    /** Days since 1970-01-01: the wire value of a DATE. */
    public static int epochDays(LocalDate d) {
        return Math.toIntExact(d.toEpochDay());
    }

    static double finite(RowSchema.Field f, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new IllegalArgumentException(f.name() + " is not a finite number: " + x);
        return x;
    }
}
