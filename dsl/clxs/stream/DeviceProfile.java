package clxs.stream;

import clxs.model.Names;
import clxs.model.RowSchema;
import clxs.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of device, as data: its fields (name, Delta type, decimals) each with the {@link Rule}
 * that makes its value, an optional {@link Condition} that anomaly labels follow, and the fields
 * that can join the batch catalog ({@link EntityLink}). The DDL, the JSON encoding and a Python
 * port are all derived from this one definition; {@link DeviceProgram} runs it.
 *
 * <p>Every profile starts with {@code event_id} (BIGINT), its device id and {@code captured_at}
 * (TIMESTAMP); these and key fields are never null, every other field is nullable (a device may
 * drop a reading; the run's null rate injects that).
 */
public record DeviceProfile(String name, String vertical, String description, int defaultDevices, Condition condition,
        List<FieldRule> fields, List<EntityLink> links) {

    public static final String EVENT_ID = "event_id";
    public static final String CAPTURED_AT = "captured_at";

    /** A field and the rule that fills it. */
    public record FieldRule(RowSchema.Field field, Rule rule) {
        public FieldRule {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
        }

        public String name() {
            return field.name();
        }
    }

    public DeviceProfile {
        Names.require("profile", name);
        fields = List.copyOf(fields);
        links = List.copyOf(links);
        if (defaultDevices < 1) throw new IllegalArgumentException("profile " + name + ": default devices must be positive");
        ProfileCheck.check(name, condition, fields, links);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The device id field (the second field). */
    public FieldRule deviceId() {
        return fields.get(1);
    }

    public FieldRule field(String fieldName) {
        for (FieldRule f : fields) if (f.name().equals(fieldName)) return f;
        throw new IllegalArgumentException("profile " + name + " has no field " + fieldName + "; it has " + schema().fieldNames());
    }

    /** The event shape with every key field at its default keys. */
    public RowSchema schema() {
        return schema(Map.of());
    }

    /** The event shape when {@code keys} bind key fields (a bound key field takes its keys' type). */
    public RowSchema schema(Map<String, EntityKeys> keys) {
        for (String bound : keys.keySet()) {
            if (!(field(bound).rule() instanceof Rule.Key)) throw new IllegalArgumentException("profile " + name + ": field " + bound + " is not a key field");
        }
        List<RowSchema.Field> out = new ArrayList<>();
        for (FieldRule f : fields) {
            RowSchema.Field field = f.field();
            EntityKeys bound = keys.get(f.name());
            if (bound != null && !bound.type().equals(field.type())) {
                field = new RowSchema.Field(field.name(), bound.type(), 0, field.nullable(), field.comment());
            }
            out.add(field);
        }
        return new RowSchema(name, out);
    }

    /** The link of {@code fieldName}, if it has one. */
    public java.util.Optional<EntityLink> link(String fieldName) {
        return links.stream().filter(l -> l.field().equals(fieldName)).findFirst();
    }

    /** Builds a profile field by field; {@code event_id}, the device id and {@code captured_at} come first. */
    public static final class Builder {
        private final String name;
        private String vertical = "";
        private String description = "";
        private int devices = 1;
        private Condition condition;
        private final List<FieldRule> fields = new ArrayList<>();
        private final List<EntityLink> links = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder vertical(String v) {
            this.vertical = v;
            return this;
        }

        public Builder description(String d) {
            this.description = d;
            return this;
        }

        public Builder devices(int n) {
            this.devices = n;
            return this;
        }

        public Builder condition(Condition c) {
            this.condition = c;
            return this;
        }

        /** The device id: a key by device index ({@code meter-%06d}) or a text drawn once per device (a VIN). */
        public Builder deviceId(String field, Rule rule, String comment) {
            if (!fields.isEmpty()) throw new IllegalStateException("the device id is declared first");
            fields.add(new FieldRule(RowSchema.field(EVENT_ID, SqlType.BIGINT, "Per-stream event number, monotonic; duplicates re-deliver the same id"),
                    new Rule.EventId()));
            SqlType type = rule instanceof Rule.Key k ? k.defaults().type() : SqlType.STRING;
            fields.add(new FieldRule(RowSchema.field(field, type, comment), rule));
            fields.add(new FieldRule(RowSchema.field(CAPTURED_AT, SqlType.TIMESTAMP, "Event time (UTC)"), new Rule.EventTime()));
            return this;
        }

        /** A DOUBLE written with {@code decimals} places. */
        public Builder number(String field, int decimals, Num rule, String comment) {
            return add(new RowSchema.Field(field, SqlType.DOUBLE, decimals, true, comment), rule);
        }

        public Builder integer(String field, Num rule, String comment) {
            return add(new RowSchema.Field(field, SqlType.INT, 0, true, comment), rule);
        }

        public Builder bigint(String field, Num rule, String comment) {
            return add(new RowSchema.Field(field, SqlType.BIGINT, 0, true, comment), rule);
        }

        public Builder text(String field, Text rule, String comment) {
            return add(new RowSchema.Field(field, SqlType.STRING, 0, true, comment), rule);
        }

        public Builder flag(String field, Cond rule, String comment) {
            return add(new RowSchema.Field(field, SqlType.BOOLEAN, 0, true, comment), rule);
        }

        /** A key field, optionally joinable to a catalog table ({@code link} may be null). */
        public Builder key(String field, Rule.Key rule, EntityLink link, String comment) {
            add(RowSchema.field(field, rule.defaults().type(), comment), rule);
            if (link != null) links.add(link);
            return this;
        }

        /** Makes the device id joinable too. */
        public Builder deviceIdLink(EntityLink link) {
            links.add(link);
            return this;
        }

        private Builder add(RowSchema.Field field, Rule rule) {
            if (fields.isEmpty()) throw new IllegalStateException("declare the device id first");
            fields.add(new FieldRule(field, rule));
            return this;
        }

        public DeviceProfile build() {
            return new DeviceProfile(name, vertical, description, devices, condition, fields, links);
        }
    }
}
