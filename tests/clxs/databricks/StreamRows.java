package clxs.databricks;

import clxs.format.BatchEncoder;
import clxs.model.RowSchema;
import clxs.model.SqlType;
import clxs.model.RowBatch;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for the Databricks destination tests: a small meter schema whose values exercise quoting
 * (quotes, backslashes, non-ASCII, NULL), batches of them, and a minimal NDJSON encoder standing in
 * for the toolkit's (these tests are about where bytes go, not how they are encoded).
 */
final class StreamRows {

    static final RowSchema METER = RowSchema.of("meter",
            RowSchema.field("meter_id", SqlType.STRING, "Meter serial"),
            RowSchema.decimalField("kwh", 3, "Energy used since installation"),
            RowSchema.field("reading_no", SqlType.BIGINT, "Reading number"),
            RowSchema.field("captured_at", SqlType.TIMESTAMP, "Event time"),
            new RowSchema.Field("note", SqlType.STRING, 0, true, "Free text, sometimes missing"));

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private StreamRows() {}

    /** Batch {@code sequence} of {@code size} rows, numbered from {@code first}, made {@code sequence * 5} s after {@link #T0}. */
    static RowBatch batch(long sequence, int first, int size) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = first; i < first + size; i++) {
            String note = i % 3 == 0 ? null : "it's reading " + i + " \u00fcn\u00efc\u00f6d\u00e9 \u2713 back\\slash";
            rows.add(new Object[] {String.format("meter-%06d", i % 7), 1000 + i * 0.125, (long) i, T0.plusSeconds(i), note});
        }
        return new RowBatch(METER, rows, sequence, T0.plusSeconds(sequence * 5));
    }

    /** One JSON object per row and line; timestamps as ISO-8601 UTC. */
    static final BatchEncoder NDJSON = new BatchEncoder() {
        private final ObjectMapper json = new ObjectMapper();

        @Override
        public String fileExtension() {
            return "json";
        }

        @Override
        public byte[] encode(RowBatch batch) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                g.setRootValueSeparator(null);
                for (Object[] row : batch.rows()) {
                    g.writeStartObject();
                    for (int i = 0; i < row.length; i++) {
                        String name = batch.schema().field(i).name();
                        Object v = row[i];
                        if (v == null) g.writeNullField(name);
                        else if (v instanceof Long l) g.writeNumberField(name, l);
                        else if (v instanceof Double d) g.writeNumberField(name, d);
                        else g.writeStringField(name, v.toString());
                    }
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    };

    /** The first column of the first row of {@code sql}, run on the warehouse through the JDBC driver. */
    static String queryOne(Workspace ws, String sql) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) throw new AssertionError("no row from " + sql);
            return rs.getString(1);
        }
    }
}
