package clxs.stream;

import clxs.format.NdjsonEncoder;
import clxs.model.RowSchema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Events held in a saved state, as their NDJSON objects and back. */
final class StateRows {

    private StateRows() {}

    static JsonNode json(NdjsonEncoder encoder, Object[] row) {
        try {
            return StreamJson.MAPPER.readTree(encoder.rowJson(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an encoded event did not parse back: " + e.getOriginalMessage(), e);
        }
    }

    static Object[] row(RowSchema schema, JsonNode values) {
        if (values == null || !values.isObject()) throw new IllegalArgumentException("a pending event's values are a JSON object");
        Object[] row = new Object[schema.size()];
        for (int i = 0; i < row.length; i++) {
            RowSchema.Field f = schema.field(i);
            JsonNode v = values.get(f.name());
            if (v == null || v.isNull()) {
                if (!f.nullable()) throw new IllegalArgumentException("a pending event has no " + f.name());
                continue;
            }
            row[i] = switch (f.type().kind()) {
                case BIGINT -> v.asLong();
                case INT -> v.asInt();
                case DOUBLE -> v.asDouble();
                case STRING -> v.asText();
                case BOOLEAN -> v.asBoolean();
                case TIMESTAMP -> Instant.parse(v.asText());
                default -> throw new IllegalArgumentException("streams carry no " + f.type() + " fields");
            };
        }
        return row;
    }
}
