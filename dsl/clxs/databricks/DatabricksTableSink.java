package clxs.databricks;

import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import clxs.model.RowBatch;
import clxs.sink.Sink;
import clxs.sink.SinkException;
import clxs.sql.Dialect;
import clxs.sql.EngineErrors;
import clxs.sql.RowSchemaSql;
import clxs.sql.StreamingSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Batches appended to a Delta table on a SQL warehouse ({@code direct_table}) with
 * {@code INSERT INTO ... VALUES} through databricks-jdbc. The table is created from the row schema
 * when missing (its catalog and schema too). A batch becomes as many statements as it needs so
 * that none is larger than the statement limit (16 MiB of SQL by default), counted in bytes since
 * the limit is on size, not rows. Each statement commits on its own: {@link #written()} counts the
 * rows of statements that succeeded.
 */
public final class DatabricksTableSink implements Sink {

    private final SqlConnector sql;
    private final UnaryOperator<String> redact;
    private final String where;
    private final ObjectName table;
    private final RowSchema schema;
    private final long maxStatementBytes;

    private Connection connection;
    private boolean closed;
    private long written;
    private long statements;
    private long largestStatement;

    /**
     * @param sql               opens the warehouse connection
     * @param redact            removes credentials from error messages
     * @param where             the warehouse, for {@link #describe()}
     * @param maxStatementBytes the largest statement sent, in bytes of UTF-8
     */
    public DatabricksTableSink(SqlConnector sql, UnaryOperator<String> redact, String where, ObjectName table, RowSchema schema, long maxStatementBytes) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.redact = Objects.requireNonNull(redact, "redact");
        this.where = where;
        this.table = Objects.requireNonNull(table, "table");
        this.schema = Objects.requireNonNull(schema, "schema");
        if (table.name() == null) throw new IllegalArgumentException(table + " is a schema, not a table");
        if (maxStatementBytes < 1024 || maxStatementBytes > StreamingSql.MAX_STATEMENT_BYTES) {
            throw new IllegalArgumentException("the statement limit must be 1 KiB..16 MiB, got " + maxStatementBytes + " bytes");
        }
        this.maxStatementBytes = maxStatementBytes;
    }

    /** Into {@code table} on the workspace's warehouse, statements up to 16 MiB. */
    public static DatabricksTableSink of(Workspace workspace, ObjectName table, RowSchema schema) {
        return new DatabricksTableSink(workspace::connect, workspace::redact, workspace.toString(), table, schema, StreamingSql.MAX_STATEMENT_BYTES);
    }

    /** Into {@code <catalog>.<schema>.bronze_<row schema name>}: the stream's Bronze table. */
    public static DatabricksTableSink bronze(Workspace workspace, String catalog, String schema, RowSchema rows) {
        return of(workspace, ObjectName.of(catalog, schema, "bronze_" + rows.name()), rows);
    }

    @Override
    public String describe() {
        return "table " + table + " on " + where;
    }

    @Override
    public void open() {
        if (connection != null) throw new IllegalStateException("the sink is already open");
        try {
            connection = sql.connect();
            CatalogObjects.ensureSchema(connection, table.catalog(), table.schema());
            CatalogObjects.run(connection, RowSchemaSql.createTable(Dialect.DATABRICKS, table, schema));
        } catch (SQLException e) {
            closeQuietly();
            throw new SinkException("cannot prepare table " + table + ": " + EngineErrors.firstLine(DriverMessages.engineMessage(redact.apply(String.valueOf(e.getMessage())))), e);
        }
    }

    @Override
    public void write(RowBatch batch) {
        if (connection == null || closed) throw new IllegalStateException("write needs an open sink");
        if (!batch.schema().equals(schema)) throw new IllegalArgumentException("a batch of " + batch.schema().name() + " does not fit table " + table + " of " + schema.name());
        List<StreamingSql.Insert> inserts;
        try {
            inserts = StreamingSql.inserts(Dialect.DATABRICKS, table, schema, batch.rows(), maxStatementBytes);
        } catch (IllegalArgumentException e) {
            throw new SinkException("batch " + batch.sequence() + " cannot be inserted into " + table + ": " + e.getMessage(), e);
        }
        long landed = 0;
        for (StreamingSql.Insert insert : inserts) {
            try {
                CatalogObjects.run(connection, insert.sql());
            } catch (SQLException e) {
                throw new SinkException("INSERT into " + table + " failed after " + landed + " of " + batch.size() + " rows of batch " + batch.sequence()
                        + " landed: " + EngineErrors.firstLine(DriverMessages.engineMessage(redact.apply(String.valueOf(e.getMessage())))), e);
            }
            landed += insert.rows();
            written += insert.rows();
            statements++;
            largestStatement = Math.max(largestStatement, insert.sql().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Override
    public void flush() {
        // every statement has committed when write returns
    }

    @Override
    public long written() {
        return written;
    }

    /** INSERT statements that succeeded. */
    public long statements() {
        return statements;
    }

    /** The size of the largest statement sent, in bytes. */
    public long largestStatementBytes() {
        return largestStatement;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a session that is gone already: nothing to keep
        }
    }
}
