package clxs.sink;

import clxs.model.RowBatch;

import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import clxs.sql.Dialect;
import clxs.sql.RowSchemaSql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The local {@code volume_bronze} destination: the NDJSON files of an {@link NdjsonFileSink}, plus
 * a DuckDB view {@code <catalog>.<schema>.bronze_<profile>} over them, so a local demo queries what
 * a Databricks one would. The view reads with {@code read_json} and an explicit {@code columns}
 * struct (never inferring types). Like the Databricks streaming table it is created after the
 * first file has landed ({@code read_json} rejects a glob that matches nothing); a failure to
 * create it is a warning and the files keep coming.
 */
public final class DuckDbBronzeView implements Sink {

    private final NdjsonFileSink files;
    private final Path catalogFile;
    private final ObjectName view;
    private final RowSchema schema;
    private final Consumer<String> warnings;
    private final List<String> warned = new ArrayList<>();
    private boolean created;

    /**
     * @param catalogFile the DuckDB file of the catalog ({@code <dir>/<catalog>.duckdb}); opened only
     *                    to create the view, so other readers are not locked out while streaming
     */
    public DuckDbBronzeView(NdjsonFileSink files, Path catalogFile, ObjectName view, RowSchema schema, Consumer<String> warnings) {
        this.files = files;
        this.catalogFile = catalogFile;
        this.view = view;
        this.schema = schema;
        this.warnings = warnings;
    }

    /** {@code CREATE OR REPLACE VIEW ... AS SELECT * FROM read_json('<dir>/*.json', format = 'newline_delimited', columns = {...})}. */
    public static String createViewSql(ObjectName view, Path filesDir, RowSchema schema) {
        Dialect d = Dialect.DUCKDB;
        String glob = filesDir.toAbsolutePath().toString().replace('\\', '/') + "/*.json";
        return "CREATE OR REPLACE VIEW " + d.qualified(view) + " AS SELECT * FROM read_json(" + d.stringLiteral(glob)
                + ", format = 'newline_delimited', columns = " + RowSchemaSql.duckDbColumnsStruct(schema) + ")";
    }

    /** Creates the view through {@code connection} (the schema too, when missing). */
    public static void create(Connection connection, ObjectName view, Path filesDir, RowSchema schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + Dialect.DUCKDB.qualified(ObjectName.schema(view.catalog(), view.schema())));
            s.execute(createViewSql(view, filesDir, schema));
        }
    }

    @Override
    public java.util.Map<String, Object> report() {
        return java.util.Map.of("bronze_view_created", created);
    }

    public boolean viewCreated() {
        return created;
    }

    /** Warnings so far (view creation failures). */
    public List<String> warnings() {
        return List.copyOf(warned);
    }

    @Override
    public String describe() {
        return files.describe() + " and the DuckDB view " + view;
    }

    @Override
    public void open() {
        files.open();
    }

    @Override
    public void write(RowBatch batch) {
        files.write(batch);
    }

    @Override
    public void flush() {
        files.flush();
        if (!created && files.written() > 0) {
            created = true; // tried once, like the streaming table on Databricks
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalogFile.toAbsolutePath())) {
                create(c, view, files.dir(), schema);
            } catch (SQLException e) {
                String w = "could not create the view " + view + " over " + files.dir() + " (the files keep landing): " + e.getMessage();
                warned.add(w);
                warnings.accept(w);
            }
        }
    }

    @Override
    public long written() {
        return files.written();
    }

    @Override
    public void close() {
        flush();
        files.close();
    }
}
