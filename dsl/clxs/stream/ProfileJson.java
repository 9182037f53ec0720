package clxs.stream;

import clxs.model.RowSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * A device profile as JSON: the same IR, for another runtime to interpret (the scheduled-job
 * notebook embeds it). Each rule is an object whose {@code "rule"} names its record
 * ({@code "Num.Walk"}, {@code "Text.Session"}, {@code "Key"}) and whose other members are the
 * record's components in snake_case; keys carry {@code "keys"} ({@code "Range"},
 * {@code "Formatted"}, {@code "Listed"}). Numbers keep every bit. Example field:
 *
 * <pre>{@code
 * {"name": "kwh_cumulative", "type": "DOUBLE", "decimals": 3, "nullable": true,
 *  "rule": {"rule": "Num.Walk", "start": {"rule": "Num.Uniform", "lo": 1000.0, "hi": 50000.0},
 *           "step": {"rule": "Num.Uniform", "lo": 0.001, "hi": 0.05}, "min": null, "max": null, "reset": null}}
 * }</pre>
 */
public final class ProfileJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileJson() {}

    /** The profile with its key fields at their defaults. */
    public static String toJson(DeviceProfile p) {
        return toJson(p, Map.of());
    }

    /** The profile with {@code keys} bound, as a run uses it. */
    public static String toJson(DeviceProfile p, Map<String, EntityKeys> keys) {
        try {
            return StreamJson.MAPPER.writeValueAsString(tree(p, keys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(DeviceProfile p, Map<String, EntityKeys> keys) {
        RowSchema schema = p.schema(keys);
        ObjectNode root = NODES.objectNode();
        root.put("name", p.name());
        root.put("default_devices", p.defaultDevices());
        root.set("condition", p.condition() == null ? NODES.nullNode() : value(p.condition()));
        ArrayNode fields = root.putArray("fields");
        for (int i = 0; i < p.fields().size(); i++) {
            DeviceProfile.FieldRule f = p.fields().get(i);
            RowSchema.Field sf = schema.field(i);
            ObjectNode field = fields.addObject();
            field.put("name", sf.name());
            field.put("type", sf.type().toString());
            field.put("decimals", sf.decimals());
            field.put("nullable", sf.nullable());
            JsonNode rule = value(f.rule());
            EntityKeys bound = keys.get(sf.name());
            if (bound != null) ((ObjectNode) rule).set("defaults", value(bound));
            field.set("rule", rule);
        }
        return root;
    }

    private static JsonNode value(Object v) {
        if (v == null) return NODES.nullNode();
        if (v instanceof Double d) return NODES.pojoNode(d); // written by the exact double serializer
        if (v instanceof Integer i) return NODES.numberNode(i);
        if (v instanceof Long l) return NODES.numberNode(l);
        if (v instanceof Boolean b) return NODES.booleanNode(b);
        if (v instanceof String s) return NODES.textNode(s);
        if (v instanceof Enum<?> e) return NODES.textNode(e.name());
        if (v instanceof java.util.Set<?> set) {
            ArrayNode a = NODES.arrayNode();
            for (Object x : new TreeSet<>(set)) a.add(value(x));
            return a;
        }
        if (v instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            for (Object x : c) a.add(value(x));
            return a;
        }
        if (v instanceof Record r) {
            ObjectNode o = NODES.objectNode();
            Class<?> type = r.getClass();
            String name = type.getEnclosingClass() != null && type.getEnclosingClass() != Rule.class && type.getEnclosingClass() != EntityKeys.class
                    ? type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName() : type.getSimpleName();
            if (r instanceof Rule) o.put("rule", name);
            else if (r instanceof EntityKeys) o.put("keys", name);
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    o.set(snake(c.getName()), value(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return o;
        }
        throw new IllegalArgumentException("no JSON form for " + v.getClass());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
