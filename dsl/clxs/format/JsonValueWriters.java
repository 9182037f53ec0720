package clxs.format;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How each SQL type is written in JSON: a function from a field to its {@link JsonValueWriter}.
 * {@link #STANDARD} is what volume files hold (and what Spark and DuckDB read with an explicit
 * schema); {@link #ZEROBUS} is what a Zerobus JSON stream expects. Derive others with
 * {@link #with(SqlType.Kind, Function)}.
 *
 * <table>
 * <tr><th>type</th><th>STANDARD</th><th>ZEROBUS</th></tr>
 * <tr><td>BIGINT, INT</td><td colspan="2">integer</td></tr>
 * <tr><td>DOUBLE</td><td colspan="2">exactly {@code decimals} places ({@link JsonBuffer}); shortest round-trip form when decimals is 0</td></tr>
 * <tr><td>DECIMAL</td><td colspan="2">plain digits ({@code BigDecimal.toPlainString})</td></tr>
 * <tr><td>STRING</td><td colspan="2">JSON string, UTF-8</td></tr>
 * <tr><td>BOOLEAN</td><td colspan="2">{@code true}/{@code false}</td></tr>
 * <tr><td>TIMESTAMP</td><td>{@code "2025-03-01T08:00:00.250000Z"} ({@link Timestamps})</td><td>int64 epoch microseconds</td></tr>
 * <tr><td>DATE</td><td>{@code "2025-03-01"}</td><td>int32 epoch days</td></tr>
 * </table>
 */
public final class JsonValueWriters {

    public static final JsonValueWriters STANDARD = new JsonValueWriters(new EnumMap<>(SqlType.Kind.class));
    public static final JsonValueWriters ZEROBUS = STANDARD
            .with(SqlType.Kind.TIMESTAMP, f -> (out, v) -> out.writeLong(Timestamps.epochMicros((Instant) v)))
            .with(SqlType.Kind.DATE, f -> (out, v) -> out.writeLong(((LocalDate) v).toEpochDay()));

    private final Map<SqlType.Kind, Function<RowSchema.Field, JsonValueWriter>> overrides;

    private JsonValueWriters(Map<SqlType.Kind, Function<RowSchema.Field, JsonValueWriter>> overrides) {
        this.overrides = overrides;
    }

    /** These writers, with {@code kind} written by {@code writer} instead. */
    public JsonValueWriters with(SqlType.Kind kind, Function<RowSchema.Field, JsonValueWriter> writer) {
        Map<SqlType.Kind, Function<RowSchema.Field, JsonValueWriter>> copy = new EnumMap<>(SqlType.Kind.class);
        copy.putAll(overrides);
        copy.put(kind, writer);
        return new JsonValueWriters(copy);
    }

    /** The writer of {@code field}'s values. */
    public JsonValueWriter forField(RowSchema.Field field) {
        Function<RowSchema.Field, JsonValueWriter> custom = overrides.get(field.type().kind());
        return custom != null ? custom.apply(field) : standard(field);
    }

    private static JsonValueWriter standard(RowSchema.Field f) {
        return switch (f.type().kind()) {
            case BIGINT, INT -> (out, v) -> out.writeLong(((Number) v).longValue());
            case DOUBLE -> {
                int d = f.decimals();
                yield d > 0 ? (out, v) -> out.writeFixed((Double) v, d) : (out, v) -> writeShortest(out, (Double) v);
            }
            case DECIMAL -> (out, v) -> out.writeAscii(((BigDecimal) v).toPlainString());
            case STRING -> (out, v) -> out.writeString((String) v);
            case BOOLEAN -> (out, v) -> out.writeBoolean((Boolean) v);
            case TIMESTAMP -> (out, v) -> out.writeTimestampString(Timestamps.epochMicros((Instant) v));
            case DATE -> (out, v) -> out.writeDateString(((LocalDate) v).toEpochDay());
        };
    }

    private static void writeShortest(JsonBuffer out, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) throw new IllegalArgumentException("JSON has no " + v);
        out.writeAscii(BigDecimal.valueOf(v).toPlainString());
    }
}
