package clxs.format;

import clxs.model.RowSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

    private static final JsonFactory FACTORY = new JsonFactory();
    private final RowSchema schema;

    private ZerobusJsonEncoder(RowSchema schema) {
        this.schema = schema;
    }

    public static ZerobusJsonEncoder of(RowSchema schema) {
        return new ZerobusJsonEncoder(schema);
    }

    public RowSchema schema() {
        return schema;
    }

    /** One row as a JSON object. */
    public String record(Object[] row) {
        if (row.length != schema.size()) throw new IllegalArgumentException("a row of " + schema.name() + " has " + row.length + " values, the schema " + schema.size() + " fields");
        StringWriter out = new StringWriter(32 * row.length);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (int i = 0; i < row.length; i++) {
                Object v = row[i];
                RowSchema.Field f = schema.field(i);
                if (v == null) {
                    if (!f.nullable()) throw new IllegalArgumentException(schema.name() + "." + f.name() + " is null but the field is not nullable");
                    continue;
                }
                g.writeFieldName(f.name());
                switch (f.type().kind()) {
                    case BIGINT -> g.writeNumber((Long) v);
                    case INT -> g.writeNumber((Integer) v);
                    case DOUBLE -> g.writeNumber(finite(f, (Double) v));
                    case DECIMAL -> g.writeNumber(((BigDecimal) v).toPlainString());
                    case STRING -> g.writeString((String) v);
                    case BOOLEAN -> g.writeBoolean((Boolean) v);
                    case DATE -> g.writeNumber(epochDays((LocalDate) v));
                    case TIMESTAMP -> g.writeNumber(epochMicros((Instant) v));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
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
