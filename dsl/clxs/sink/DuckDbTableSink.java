package clxs.sink;

import clxs.model.RowBatch;

import clxs.format.Timestamps;
import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import clxs.sql.Dialect;
import clxs.sql.RowSchemaSql;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to a DuckDB table with DuckDB's Appender (not row INSERTs): the local
 * {@code direct_table} destination, {@code <catalog>.<schema>.bronze_<profile>}. The schema and
 * table are created from the {@link RowSchema} when missing; an existing table must have the same
 * columns. Rows count as written once {@link #flush()} has committed them.
 *
 * <pre>{@code
 * try (Sink sink = DuckDbTableSink.inCatalogFile(dir.resolve("demo.duckdb"), "iot", "bronze_smart_meter", schema)) { ... }
 * }</pre>
 */
public final class DuckDbTableSink implements Sink {

    private final Connection connection;
    private final boolean ownsConnection;
    private final ObjectName table;
    private final RowSchema schema;
    private DuckDBAppender appender;
    private long pending, written;
    private boolean closed;

    /** Appends through {@code connection} (which stays open: the caller owns it) to {@code table}. */
    public DuckDbTableSink(Connection connection, ObjectName table, RowSchema schema) {
        this(connection, false, table, schema);
    }

    private DuckDbTableSink(Connection connection, boolean ownsConnection, ObjectName table, RowSchema schema) {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.table = table;
        this.schema = schema;
    }

    /** Opens the DuckDB file {@code <dir>/<catalog>.duckdb} (catalog = the file name without {@code .duckdb}); closed with the sink. */
    public static DuckDbTableSink inCatalogFile(Path catalogFile, String schemaName, String tableName, RowSchema schema) {
        String file = catalogFile.getFileName().toString();
        String catalog = file.endsWith(".duckdb") ? file.substring(0, file.length() - ".duckdb".length()) : file;
        ObjectName name = ObjectName.of(catalog, schemaName, tableName);
        try {
            java.nio.file.Files.createDirectories(catalogFile.toAbsolutePath().getParent());
            return new DuckDbTableSink(DriverManager.getConnection("jdbc:duckdb:" + catalogFile.toAbsolutePath()), true, name, schema);
        } catch (SQLException | java.io.IOException e) {
            throw new SinkException("cannot open the DuckDB catalog " + catalogFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "DuckDB table " + table;
    }

    @Override
    public void open() {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + Dialect.DUCKDB.qualified(ObjectName.schema(table.catalog(), table.schema())));
            s.execute(RowSchemaSql.createTable(Dialect.DUCKDB, table, schema));
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_catalog = "
                    + Dialect.DUCKDB.stringLiteral(table.catalog()) + " AND table_schema = " + Dialect.DUCKDB.stringLiteral(table.schema())
                    + " AND table_name = " + Dialect.DUCKDB.stringLiteral(table.name()) + " ORDER BY ordinal_position")) {
                while (rs.next()) columns.add(rs.getString(1));
            }
            if (!columns.equals(schema.fieldNames())) {
                throw new SinkException(table + " exists with columns " + columns + ", not the stream's " + schema.fieldNames() + "; drop it or use another table");
            }
            appender = connection.unwrap(DuckDBConnection.class).createAppender(table.catalog(), table.schema(), table.name());
        } catch (SQLException e) {
            throw new SinkException("cannot append to " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(RowBatch batch) {
        if (appender == null || closed) throw new IllegalStateException(describe() + " is not open");
        if (!batch.schema().equals(schema)) throw new SinkException(describe() + " takes " + schema.name() + " rows, not " + batch.schema().name());
        try {
            for (Object[] row : batch.rows()) {
                appender.beginRow();
                for (int i = 0; i < row.length; i++) append(schema.field(i), row[i]);
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new SinkException("cannot append to " + table + ": " + e.getMessage(), e);
        }
        pending += batch.size();
    }

    private void append(RowSchema.Field f, Object v) throws SQLException {
        if (v == null) {
            appender.appendNull();
            return;
        }
        switch (f.type().kind()) {
            case BIGINT -> appender.append(((Number) v).longValue());
            case INT -> appender.append(((Number) v).intValue());
            case DOUBLE -> appender.append((double) (Double) v);
            case DECIMAL -> appender.append((BigDecimal) v);
            case STRING -> appender.append((String) v);
            case BOOLEAN -> appender.append((boolean) (Boolean) v);
            case DATE -> appender.appendEpochDays(Math.toIntExact(((LocalDate) v).toEpochDay()));
            case TIMESTAMP -> appender.appendEpochMicros(Timestamps.epochMicros((Instant) v));
        }
    }

    @Override
    public void flush() {
        if (appender == null) return;
        try {
            appender.flush();
        } catch (SQLException e) {
            pending = 0;
            throw new SinkException("cannot commit rows to " + table + ": " + e.getMessage(), e);
        }
        written += pending;
        pending = 0;
    }

    @Override
    public long written() {
        return written;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            if (appender != null) {
                flush();
                appender.close();
            }
        } catch (SQLException e) {
            throw new SinkException("cannot close the appender of " + table + ": " + e.getMessage(), e);
        } finally {
            if (ownsConnection) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // nothing is pending any more
                }
            }
        }
    }
}
