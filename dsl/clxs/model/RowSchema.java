package clxs.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shape of a row or event, independent of where it goes: named fields with Delta types. One
 * schema, many renderings (the Datafaker idea): the DDL of a table ({@code clxs.sql}), the JSON
 * encoding of a line, the Zerobus JSON and protobuf records ({@code clxs.format}) are all derived
 * from it, never written by hand per destination.
 *
 * <p>Values travel as {@code Object[]} in field order, one Java type per {@link SqlType.Kind}:
 * BIGINT {@code Long}, INT {@code Integer}, DOUBLE {@code Double}, DECIMAL {@code BigDecimal},
 * STRING {@code String}, DATE {@code LocalDate}, TIMESTAMP {@code Instant} (UTC), BOOLEAN
 * {@code Boolean}; {@code null} only in a {@link Field#nullable()} field.
 *
 * <pre>{@code
 * RowSchema meter = RowSchema.of("smart_meter",
 *     RowSchema.field("meter_id", SqlType.STRING, "Meter serial, meter-%06d"),
 *     RowSchema.decimalField("kwh_cumulative", 3, "Energy used since installation; only rises"),
 *     RowSchema.field("captured_at", SqlType.TIMESTAMP, "Event time"));
 * }</pre>
 */
public record RowSchema(String name, List<Field> fields) {

    /**
     * One field. {@code decimals} is how many places a DOUBLE is written with (its values are
     * already rounded to them, so every encoding prints the same digits); 0 for other types.
     */
    public record Field(String name, SqlType type, int decimals, boolean nullable, String comment) {
        public Field {
            Names.require("field", name);
            Objects.requireNonNull(type, () -> "field " + name + " has no type");
            if (decimals < 0 || decimals > 9) throw new IllegalArgumentException("field " + name + ": decimals must be 0..9, got " + decimals);
            if (decimals > 0 && type.kind() != SqlType.Kind.DOUBLE) {
                throw new IllegalArgumentException("field " + name + ": decimals apply to DOUBLE fields only, not " + type);
            }
            comment = comment == null ? "" : comment;
        }

        public Field asNullable() {
            return new Field(name, type, decimals, true, comment);
        }
    }

    public RowSchema {
        Names.require("row schema", name);
        fields = List.copyOf(fields);
        if (fields.isEmpty()) throw new IllegalArgumentException("row schema " + name + " has no fields");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (seen.put(fields.get(i).name(), i) != null) {
                throw new IllegalArgumentException("row schema " + name + " has two fields named " + fields.get(i).name());
            }
        }
    }

    public static RowSchema of(String name, Field... fields) {
        return new RowSchema(name, List.of(fields));
    }

    /** A non-null field. */
    public static Field field(String name, SqlType type, String comment) {
        return new Field(name, type, 0, false, comment);
    }

    /** A non-null DOUBLE written with {@code decimals} places. */
    public static Field decimalField(String name, int decimals, String comment) {
        return new Field(name, SqlType.DOUBLE, decimals, false, comment);
    }

    public int size() {
        return fields.size();
    }

    public Field field(int index) {
        return fields.get(index);
    }

    /** The position of {@code fieldName}, or -1. */
    public int indexOf(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) return i;
        }
        return -1;
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }
}
