package clxs.support;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Iterator;
import java.util.Optional;

/**
 * What the local Zerobus checks of a record against its table, written independently of clxs's
 * encoders (so a wrong encoder fails here): JSON field names and wire types (TIMESTAMP an int64 of
 * microseconds, DATE an int32 of days: an ISO string is "invalid digit found in string", as on the
 * service), required fields; for protobuf, the descriptor the stream was opened with must match the
 * table column for column (name, type, optional/required), and each record must parse with it.
 */
abstract class RecordCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    abstract Optional<String> json(String record);

    abstract Optional<String> proto(byte[] record);

    static RecordCheck json(RowSchema table) {
        return new RecordCheck() {
            @Override
            Optional<String> json(String record) {
                JsonNode node;
                try {
                    node = JSON.readTree(record);
                } catch (Exception e) {
                    return Optional.of("expected value");
                }
                if (!node.isObject()) return Optional.of("invalid type: expected struct");
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (table.indexOf(name) < 0) return Optional.of("unknown field `" + name + "`");
                }
                for (RowSchema.Field f : table.fields()) {
                    JsonNode v = node.get(f.name());
                    if (v == null || v.isNull()) {
                        if (!f.nullable()) return Optional.of("missing field `" + f.name() + "`");
                        continue;
                    }
                    Optional<String> bad = wireType(f, v);
                    if (bad.isPresent()) return bad;
                }
                return Optional.empty();
            }

            @Override
            Optional<String> proto(byte[] record) {
                return Optional.of("a JSON stream got a protobuf record");
            }
        };
    }

    private static Optional<String> wireType(RowSchema.Field f, JsonNode v) {
        boolean ok = switch (f.type().kind()) {
            case STRING -> v.isTextual();
            case BOOLEAN -> v.isBoolean();
            case BIGINT, TIMESTAMP -> v.isIntegralNumber() && v.canConvertToLong();
            case INT, DATE -> v.isIntegralNumber() && v.canConvertToInt();
            case DOUBLE, DECIMAL -> v.isNumber();
        };
        if (ok) return Optional.empty();
        if (v.isTextual() && f.type().isNumeric() || v.isTextual() && (f.type().kind() == SqlType.Kind.DATE || f.type().kind() == SqlType.Kind.TIMESTAMP)) {
            return Optional.of("invalid digit found in string (field `" + f.name() + "`)");
        }
        return Optional.of("invalid type: " + v.getNodeType().name().toLowerCase() + ", expected " + f.type() + " for field `" + f.name() + "`");
    }

    static RecordCheck proto(RowSchema table, DescriptorProto descriptor) {
        if (descriptor == null) throw new IllegalArgumentException("a protobuf stream needs a descriptor");
        if (descriptor.getFieldCount() != table.size()) {
            throw new IllegalArgumentException("descriptor has " + descriptor.getFieldCount() + " fields, the table " + table.size() + " columns");
        }
        for (FieldDescriptorProto fd : descriptor.getFieldList()) {
            int i = table.indexOf(fd.getName());
            if (i < 0) throw new IllegalArgumentException("descriptor field " + fd.getName() + " is not a column");
            RowSchema.Field col = table.field(i);
            FieldDescriptorProto.Type want = switch (col.type().kind()) {
                case BIGINT, TIMESTAMP -> FieldDescriptorProto.Type.TYPE_INT64;
                case INT, DATE -> FieldDescriptorProto.Type.TYPE_INT32;
                case DOUBLE -> FieldDescriptorProto.Type.TYPE_DOUBLE;
                case DECIMAL, STRING -> FieldDescriptorProto.Type.TYPE_STRING;
                case BOOLEAN -> FieldDescriptorProto.Type.TYPE_BOOL;
            };
            if (fd.getType() != want) throw new IllegalArgumentException("field " + fd.getName() + " is " + fd.getType() + ", the column " + col.type() + " needs " + want);
            FieldDescriptorProto.Label label = col.nullable() ? FieldDescriptorProto.Label.LABEL_OPTIONAL : FieldDescriptorProto.Label.LABEL_REQUIRED;
            if (fd.getLabel() != label) throw new IllegalArgumentException("field " + fd.getName() + " is " + fd.getLabel() + ", the column needs " + label);
        }
        Descriptors.Descriptor type;
        try {
            type = Descriptors.FileDescriptor.buildFrom(FileDescriptorProto.newBuilder().setName("table.proto").addMessageType(descriptor).build(), new Descriptors.FileDescriptor[0])
                    .findMessageTypeByName(descriptor.getName());
        } catch (Descriptors.DescriptorValidationException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return new RecordCheck() {
            @Override
            Optional<String> json(String record) {
                return Optional.of("a protobuf stream got a JSON record");
            }

            @Override
            Optional<String> proto(byte[] record) {
                try {
                    // parseFrom also refuses a record without a required field ("Message missing required fields")
                    DynamicMessage m = DynamicMessage.parseFrom(type, record);
                    if (!m.getUnknownFields().asMap().isEmpty()) return Optional.of("unknown fields " + m.getUnknownFields().asMap().keySet());
                    return Optional.empty();
                } catch (InvalidProtocolBufferException e) {
                    return Optional.of(e.getMessage());
                }
            }
        };
    }
}
