package clxs.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DynamicMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two Zerobus row formats of one row schema: JSON records and runtime protobuf messages. */
class ZerobusRecordFormatsTest {

    static final RowSchema ALL = RowSchema.of("all_types",
            RowSchema.field("id", SqlType.BIGINT, ""),
            RowSchema.field("n", SqlType.INT, ""),
            RowSchema.decimalField("x", 2, ""),
            RowSchema.field("amount", SqlType.decimal(12, 2), ""),
            RowSchema.field("s", SqlType.STRING, "").asNullable(),
            RowSchema.field("day", SqlType.DATE, ""),
            RowSchema.field("at", SqlType.TIMESTAMP, ""),
            RowSchema.field("ok", SqlType.BOOLEAN, ""));

    static final Object[] ROW = {9_000_000_000L, -7, 21.25, new BigDecimal("1234.50"), "quote \" and é", LocalDate.of(1969, 12, 31),
            Instant.parse("1969-12-31T23:59:59.999999Z"), true};

    @Test
    void jsonRecordsCarryTimeAsEpochIntegersAndEverythingElseNatively() throws Exception {
        String record = ZerobusJsonEncoder.of(ALL).record(ROW);
        assertTrue(record.contains("\"amount\":1234.50,"), "a decimal keeps its digits: " + record);
        JsonNode n = new ObjectMapper().readTree(record);
        assertEquals(9_000_000_000L, n.get("id").asLong());
        assertEquals(-7, n.get("n").asInt());
        assertEquals(21.25, n.get("x").asDouble());
        assertEquals("quote \" and é", n.get("s").asText());
        assertTrue(n.get("day").isInt());
        assertEquals(-1, n.get("day").asInt(), "the day before the epoch");
        assertTrue(n.get("at").isIntegralNumber());
        assertEquals(-1, n.get("at").asLong(), "one microsecond before the epoch");
        assertTrue(n.get("ok").asBoolean());
        assertEquals(List.of("id", "n", "x", "amount", "s", "day", "at", "ok"), names(n));
    }

    @Test
    void aNullOfANullableFieldIsLeftOutAndOfARequiredFieldRefused() throws Exception {
        Object[] row = ROW.clone();
        row[4] = null;
        JsonNode n = new ObjectMapper().readTree(ZerobusJsonEncoder.of(ALL).record(row));
        assertFalse(n.has("s"));
        Object[] bad = ROW.clone();
        bad[0] = null;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZerobusJsonEncoder.of(ALL).record(bad)).getMessage().contains("all_types.id is null"));
        Object[] nan = ROW.clone();
        nan[2] = Double.NaN;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZerobusJsonEncoder.of(ALL).record(nan)).getMessage().contains("not a finite number"));
    }

    @Test
    void theDescriptorHasOneNumberedFieldPerColumnWithTheZerobusTypesAndOptionality() {
        ProtoSchema p = ProtoSchema.of(ALL);
        assertEquals("all_types", p.descriptorProto().getName());
        List<FieldDescriptorProto> fields = p.descriptorProto().getFieldList();
        assertEquals(ALL.fieldNames(), fields.stream().map(FieldDescriptorProto::getName).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), fields.stream().map(FieldDescriptorProto::getNumber).toList());
        assertEquals(List.of(FieldDescriptorProto.Type.TYPE_INT64, FieldDescriptorProto.Type.TYPE_INT32, FieldDescriptorProto.Type.TYPE_DOUBLE,
                FieldDescriptorProto.Type.TYPE_STRING, FieldDescriptorProto.Type.TYPE_STRING, FieldDescriptorProto.Type.TYPE_INT32,
                FieldDescriptorProto.Type.TYPE_INT64, FieldDescriptorProto.Type.TYPE_BOOL), fields.stream().map(FieldDescriptorProto::getType).toList());
        assertEquals(FieldDescriptorProto.Label.LABEL_OPTIONAL, fields.get(4).getLabel(), "nullable s");
        assertTrue(fields.stream().filter(f -> !f.getName().equals("s")).allMatch(f -> f.getLabel() == FieldDescriptorProto.Label.LABEL_REQUIRED));
    }

    @Test
    void protoMessagesRoundTripWithTheSameWireValuesAsJson() throws Exception {
        ProtoSchema p = ProtoSchema.of(ALL);
        DynamicMessage m = p.parse(p.encode(ROW));
        assertEquals(9_000_000_000L, m.getField(p.descriptor().findFieldByName("id")));
        assertEquals(-7, m.getField(p.descriptor().findFieldByName("n")));
        assertEquals("1234.50", m.getField(p.descriptor().findFieldByName("amount")));
        assertEquals(-1, m.getField(p.descriptor().findFieldByName("day")));
        assertEquals(-1L, m.getField(p.descriptor().findFieldByName("at")));
        Object[] row = ROW.clone();
        row[4] = null;
        DynamicMessage noS = p.parse(p.encode(row));
        assertFalse(noS.hasField(p.descriptor().findFieldByName("s")));
        assertEquals(2, p.encode(List.of(ROW, row)).size());
    }

    @Test
    void epochConversionsAreExact() {
        assertEquals(1_767_225_600_123_456L, ZerobusJsonEncoder.epochMicros(Instant.parse("2026-01-01T00:00:00.123456789Z")));
        assertEquals(20_454, ZerobusJsonEncoder.epochDays(LocalDate.of(2026, 1, 1)));
    }

    static List<String> names(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
