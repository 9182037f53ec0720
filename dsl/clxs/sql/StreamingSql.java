package clxs.sql;

import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The Databricks SQL a stream's destinations send, in one place: the existence checks and
 * creation of the catalog, schema and volume it lands in, the Bronze streaming table over the
 * volume's files, and {@code INSERT ... VALUES} statements split to a byte limit.
 */
public final class StreamingSql {

    /** The SQL Statement Execution API refuses statements over 16 MiB. */
    public static final long MAX_STATEMENT_BYTES = 16L * 1024 * 1024;

    private static final Dialect D = Dialect.DATABRICKS;

    private StreamingSql() {}

    public static String showCatalogs() {
        return "SHOW CATALOGS";
    }

    public static String createCatalog(String catalog) {
        return "CREATE CATALOG IF NOT EXISTS " + D.quote(catalog);
    }

    public static String showSchemas(String catalog) {
        return "SHOW SCHEMAS IN " + D.quote(catalog);
    }

    public static String createSchema(String catalog, String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + D.qualified(ObjectName.schema(catalog, schema));
    }

    public static String showVolumes(String catalog, String schema) {
        return "SHOW VOLUMES IN " + D.qualified(ObjectName.schema(catalog, schema));
    }

    public static String createVolume(String catalog, String schema, String volume) {
        return "CREATE VOLUME IF NOT EXISTS " + D.qualified(ObjectName.of(catalog, schema, volume));
    }

    /** {@code 0 0/N * * * ? *}: every N minutes, as the Quartz cron a streaming table's {@code SCHEDULE REFRESH CRON} takes. */
    public static String refreshCron(int minutes) {
        if (minutes < 1 || minutes > 60) throw new IllegalArgumentException("the bronze refresh interval must be 1..60 minutes, got " + minutes);
        return minutes == 60 ? "0 0 * * * ? *" : "0 0/" + minutes + " * * * ? *";
    }

    /**
     * A streaming table over a volume folder's JSON files, refreshed every {@code refreshMinutes}.
     * The reader is given the schema (never inferred: inference fails on an empty folder and reads
     * timestamps as strings). {@code SCHEDULE EVERY n MINUTES} does not exist (EVERY takes hours,
     * days or weeks), hence the cron.
     */
    public static String bronzeStreamingTable(ObjectName table, String directory, RowSchema schema, int refreshMinutes) {
        return "CREATE OR REFRESH STREAMING TABLE " + D.qualified(table) + "\n"
                + "SCHEDULE REFRESH CRON " + D.stringLiteral(refreshCron(refreshMinutes)) + " AT TIME ZONE 'UTC'\n"
                + "AS SELECT * FROM STREAM read_files(\n"
                + "  " + D.stringLiteral(directory) + ",\n"
                + "  format => 'json',\n"
                + "  schema => " + D.stringLiteral(RowSchemaSql.columnList(D, schema)) + "\n"
                + ")";
    }

    /** One {@code INSERT} statement and how many rows it carries. */
    public record Insert(String sql, int rows) {}

    /**
     * {@code INSERT INTO table (columns) VALUES (...), ...} statements holding {@code rows} in order,
     * each at most {@code maxBytes} bytes of UTF-8 (the limit is on the statement's size, so rows
     * are counted in bytes, not in number).
     *
     * @throws IllegalArgumentException when a single row does not fit in {@code maxBytes}
     */
    public static List<Insert> inserts(Dialect d, ObjectName table, RowSchema schema, List<Object[]> rows, long maxBytes) {
        StringJoiner cols = new StringJoiner(", ", " (", ")");
        for (RowSchema.Field f : schema.fields()) cols.add(d.quote(f.name()));
        String head = "INSERT INTO " + d.qualified(table) + cols + " VALUES\n";
        long headBytes = utf8Length(head);
        String separator = ",\n";
        List<Insert> out = new ArrayList<>();
        StringBuilder sql = new StringBuilder(head);
        long bytes = headBytes;
        int count = 0;
        for (Object[] row : rows) {
            String values = RowSchemaSql.valuesRow(d, schema, row);
            long rowBytes = utf8Length(values);
            if (headBytes + rowBytes > maxBytes) {
                throw new IllegalArgumentException("a row of " + schema.name() + " needs " + (headBytes + rowBytes) + " bytes in an INSERT, over the limit of " + maxBytes);
            }
            if (count > 0 && bytes + separator.length() + rowBytes > maxBytes) {
                out.add(new Insert(sql.toString(), count));
                sql = new StringBuilder(head);
                bytes = headBytes;
                count = 0;
            }
            if (count > 0) {
                sql.append(separator);
                bytes += separator.length();
            }
            sql.append(values);
            bytes += rowBytes;
            count++;
        }
        if (count > 0) out.add(new Insert(sql.toString(), count));
        return out;
    }

    /** Bytes of {@code s} in UTF-8, without encoding it. */
    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
