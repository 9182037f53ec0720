package clxs.zerobus;

import clxs.model.RowSchema;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A runnable single-file JBang script that streams rows of a {@link RowSchema} to a table through
 * Zerobus, for users who want to run it elsewhere (a machine where the SDK's native library loads, a
 * notebook, a container). One {@code //DEPS} line; no secret inside: it reads
 * {@code DATABRICKS_CLIENT_ID} and {@code DATABRICKS_CLIENT_SECRET} from the environment. It sends
 * JSON records with the Zerobus wire types, waits for each batch's offset before counting it, and
 * reopens the stream when the service closes it (sending the batch again: deduplicate on the id).
 * Values are simple per-type stand-ins unless {@code values} gives a Java expression for a field
 * (over {@code long eventId}, {@code java.util.Random r} and {@code java.time.Instant now}).
 *
 * <pre>{@code
 * ZerobusSnippet s = ZerobusSnippet.of(meter, "main.iot.smart_meter", endpoint.serverEndpoint(), "https://adb-42.1.azuredatabricks.net");
 * Files.writeString(Path.of(s.fileName()), s.source());   // then: jbang ZerobusSmartMeter.java 100 12 5
 * }</pre>
 */
public record ZerobusSnippet(@JsonProperty("file_name") String fileName, @JsonProperty("source") String source) {

    /** The versions of the script's {@code //DEPS} line: the ones clxs is built and tested with. */
    public static final String DEPS = "com.databricks:zerobus-ingest-sdk:1.0.1 com.google.protobuf:protobuf-java:4.33.6 org.slf4j:slf4j-simple:2.0.16";

    public static ZerobusSnippet of(RowSchema schema, String table, String serverEndpoint, String workspaceUrl) {
        return of(schema, table, serverEndpoint, workspaceUrl, Map.of());
    }

    /** The script; {@code values} maps field names to Java expressions that replace the per-type stand-ins. */
    public static ZerobusSnippet of(RowSchema schema, String table, String serverEndpoint, String workspaceUrl, Map<String, String> values) {
        ZerobusTables.requireTableName(table);
        for (String f : values.keySet()) {
            if (schema.indexOf(f) < 0) throw new IllegalArgumentException("no field '" + f + "' in row schema " + schema.name());
        }
        String className = className(schema);
        return new ZerobusSnippet(className + ".java", SnippetSource.render(className, schema, table, serverEndpoint, workspaceUrl, values));
    }

    /** {@code ZerobusSmartMeter} for {@code smart_meter}: the script's class, and so its file name. */
    static String className(RowSchema schema) {
        StringBuilder out = new StringBuilder("Zerobus");
        for (String part : schema.name().split("_")) {
            if (!part.isEmpty()) out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    /** A Java string literal of {@code s}. */
    static String javaString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    static String fieldList(RowSchema schema) {
        StringJoiner out = new StringJoiner(", ");
        for (RowSchema.Field f : schema.fields()) out.add(f.name() + " " + f.type());
        return out.toString();
    }
}
