package clxs.databricks;

import clxs.format.BatchEncoder;
import clxs.model.Names;
import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import clxs.sink.BatchFiles;
import clxs.model.RowBatch;
import clxs.sink.Sink;
import clxs.sink.SinkException;
import clxs.sql.EngineErrors;
import clxs.sql.StreamingSql;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksException;
import com.databricks.sdk.core.error.platform.AlreadyExists;
import com.databricks.sdk.core.error.platform.ResourceAlreadyExists;
import com.databricks.sdk.service.files.CreateDirectoryRequest;
import com.databricks.sdk.service.files.UploadRequest;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Batches as files in a Unity Catalog volume, uploaded through the Files API (databricks-sdk-java):
 * one file per batch at {@code /Volumes/<catalog>/<schema>/<volume>/<profile>/batch-<yyyyMMddTHHmmssZ>-<seq:06>.json}.
 * The Files API stores a file whole, so a reader never sees half of one; an existing file is never
 * overwritten (a second run with the same clock and seed fails instead of replacing its files).
 *
 * <p>{@link #open()} creates the catalog, schema and volume when missing (each checked first).
 * With {@link #withBronzeTable()} ({@code volume_bronze}) the sink also creates a streaming table
 * over the files, once the first file has landed (a streaming table over an empty folder fails);
 * if that fails, the failure is a warning and files keep landing.
 *
 * <pre>{@code
 * try (Sink sink = VolumeFilesSink.of(workspace, "demo", "iot", "events", "smart_meter", ndjson).withBronzeTable().onWarning(System.err::println)) {
 *     sink.open();
 *     sink.write(batch);
 * }
 * }</pre>
 */
public final class VolumeFilesSink implements Sink {

    public static final int DEFAULT_REFRESH_MINUTES = 5;

    private final Workspace workspace;
    private final String catalog;
    private final String schema;
    private final String volume;
    private final String profile;
    private final BatchEncoder encoder;
    private final String bronzeTable;
    private final int refreshMinutes;
    private final Consumer<String> warningListener;

    private WorkspaceClient client;
    private boolean opened;
    private boolean closed;
    private long written;
    private int files;
    private boolean bronzeAttempted;
    private boolean bronzeCreated;
    private String bronzeStatement;
    private final List<String> created = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private VolumeFilesSink(Workspace workspace, String catalog, String schema, String volume, String profile, BatchEncoder encoder,
            String bronzeTable, int refreshMinutes, Consumer<String> warningListener) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.catalog = Names.require("catalog", catalog);
        this.schema = Names.require("schema", schema);
        this.volume = Names.require("volume", volume);
        this.profile = Names.require("profile", profile);
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.bronzeTable = bronzeTable == null ? null : Names.require("bronze table", bronzeTable);
        StreamingSql.refreshCron(refreshMinutes);
        this.refreshMinutes = refreshMinutes;
        this.warningListener = warningListener;
    }

    /** Files of {@code profile}'s batches in volume {@code catalog.schema.volume}, encoded by {@code encoder}. */
    public static VolumeFilesSink of(Workspace workspace, String catalog, String schema, String volume, String profile, BatchEncoder encoder) {
        return new VolumeFilesSink(workspace, catalog, schema, volume, profile, encoder, null, DEFAULT_REFRESH_MINUTES, null);
    }

    /** Also a streaming table {@code bronze_<profile>} over the files, refreshed every 5 minutes ({@code volume_bronze}). */
    public VolumeFilesSink withBronzeTable() {
        return withBronzeTable("bronze_" + profile, DEFAULT_REFRESH_MINUTES);
    }

    /** Also a streaming table {@code table} in the same schema, refreshed every {@code refreshMinutes} (1..60). */
    public VolumeFilesSink withBronzeTable(String table, int refreshMinutes) {
        return new VolumeFilesSink(workspace, catalog, schema, volume, profile, encoder, table, refreshMinutes, warningListener);
    }

    /** Where warnings go as they happen (they are also kept: {@link #warnings()}). */
    public VolumeFilesSink onWarning(Consumer<String> listener) {
        return new VolumeFilesSink(workspace, catalog, schema, volume, profile, encoder, bronzeTable, refreshMinutes, listener);
    }

    /** {@code /Volumes/<catalog>/<schema>/<volume>/<profile>/}. */
    public String directory() {
        return "/Volumes/" + catalog + "/" + schema + "/" + volume + "/" + profile + "/";
    }

    @Override
    public String describe() {
        return "JSON files in " + directory() + " on " + workspace.host()
                + (bronzeTable == null ? "" : ", streaming table " + catalog + "." + schema + "." + bronzeTable);
    }

    @Override
    public void open() {
        if (opened) throw new IllegalStateException("the sink is already open");
        try (Connection c = workspace.connect()) {
            created.addAll(CatalogObjects.ensureVolume(c, catalog, schema, volume));
        } catch (SQLException e) {
            throw new SinkException("cannot prepare volume " + catalog + "." + schema + "." + volume + ": " + EngineErrors.firstLine(DriverMessages.engineMessage(redact(e.getMessage()))), e);
        }
        client = workspace.client();
        try {
            client.files().createDirectory(new CreateDirectoryRequest().setDirectoryPath(directory()));
        } catch (DatabricksException e) {
            throw new SinkException("cannot create " + directory() + ": " + redact(e.getMessage()), e);
        }
        opened = true;
    }

    @Override
    public void write(RowBatch batch) {
        if (!opened || closed) throw new IllegalStateException("write needs an open sink");
        if (batch.isEmpty()) return;
        String path = directory() + BatchFiles.name(batch, encoder.fileExtension());
        byte[] bytes = encoder.encode(batch);
        try {
            client.files().upload(new UploadRequest().setFilePath(path).setContents(new ByteArrayInputStream(bytes)).setOverwrite(false));
        } catch (AlreadyExists | ResourceAlreadyExists e) {
            throw new SinkException(path + " already exists: an earlier run wrote a batch with the same time and number; "
                    + "use a new volume or remove the old files", e);
        } catch (DatabricksException e) {
            throw new SinkException("uploading " + path + " failed: " + redact(e.getMessage()), e);
        }
        written += batch.size();
        files++;
        if (bronzeTable != null && !bronzeAttempted) createBronzeTable(batch.schema());
    }

    /** After the first file: a streaming table over an empty folder cannot be created (nothing to read, CF_EMPTY_DIR_FOR_SCHEMA_INFERENCE). */
    private void createBronzeTable(RowSchema rows) {
        bronzeAttempted = true;
        bronzeStatement = StreamingSql.bronzeStreamingTable(ObjectName.of(catalog, schema, bronzeTable), directory(), rows, refreshMinutes);
        try (Connection c = workspace.connect()) {
            CatalogObjects.run(c, bronzeStatement);
            bronzeCreated = true;
        } catch (SQLException e) {
            warn("the streaming table " + catalog + "." + schema + "." + bronzeTable + " was not created ("
                    + EngineErrors.firstLine(DriverMessages.engineMessage(redact(e.getMessage()))) + "); files keep landing in " + directory()
                    + "; streaming tables need a serverless or pro SQL warehouse. To create it later, run:\n" + bronzeStatement);
        }
    }

    private void warn(String message) {
        warnings.add(message);
        if (warningListener != null) warningListener.accept(message);
    }

    private String redact(String message) {
        return workspace.redact(String.valueOf(message));
    }

    @Override
    public void flush() {
        // each upload is complete when write returns
    }

    @Override
    public long written() {
        return written;
    }

    /** Files uploaded so far. */
    @Override
    public java.util.Map<String, Object> report() {
        java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("files", files());
        r.put("directory", directory());
        if (bronzeStatement() != null) r.put("bronze_table_created", bronzeCreated());
        if (!created().isEmpty()) r.put("created", created());
        return r;
    }

    public int files() {
        return files;
    }

    /** What {@link #open()} created: {@code catalog demo}, {@code schema demo.iot}, {@code volume demo.iot.events}. */
    public List<String> created() {
        return List.copyOf(created);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The streaming table statement once it was issued (after the first file), else null. */
    public String bronzeStatement() {
        return bronzeStatement;
    }

    public boolean bronzeCreated() {
        return bronzeCreated;
    }

    @Override
    public void close() {
        closed = true;
    }
}
