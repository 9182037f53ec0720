package clxs.destination;

import clxs.stream.StreamLocation;

import clxs.stream.Destination;

import clxs.databricks.DatabricksTableSink;
import clxs.databricks.VolumeFilesSink;
import clxs.databricks.Workspace;
import clxs.databricks.WorkspaceConfigException;
import clxs.databricks.ZerobusTableSetup;
import clxs.format.NdjsonEncoder;
import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import clxs.sink.Sink;
import clxs.sink.StdoutSink;
import clxs.stream.DeviceProfile;
import clxs.zerobus.ZerobusEndpoint;
import clxs.zerobus.ZerobusSink;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The sinks of each destination on a Databricks workspace: volume files through the Files API
 * (with a streaming table over them for {@code volume_bronze}), {@code INSERT ... VALUES} through a
 * SQL warehouse for {@code direct_table}, and Zerobus direct ingest after the table is set up.
 */
public final class DatabricksDestinations {

    private final Workspace workspace;
    private final ZerobusOptions zerobus;
    private final PrintStream stdout;

    /** @param zerobus the Zerobus credentials and endpoint, or null when the stream does not go there */
    public DatabricksDestinations(Workspace workspace, ZerobusOptions zerobus, PrintStream stdout) {
        this.workspace = workspace;
        this.zerobus = zerobus;
        this.stdout = stdout;
    }

    /** The keys of the catalog's tables the profile's ids come from, read through the SQL warehouse. */
    public CatalogKeys keys(String catalog, DeviceProfile profile) throws SQLException {
        if (profile.links().isEmpty()) return CatalogKeys.NONE;
        try (Connection c = workspace.connect()) {
            return CatalogKeys.resolve(c, catalog, profile);
        }
    }

    /**
     * @param eventsPerSecond the cadence, to choose how many Zerobus streams to open
     */
    public Sink sink(Destination destination, StreamLocation where, String profile, RowSchema schema, double eventsPerSecond,
                     Consumer<String> warnings) {
        return switch (destination) {
            case VOLUME -> VolumeFilesSink.of(workspace, where.catalog(), where.schema(), where.volume(), profile, NdjsonEncoder.of(schema)).onWarning(warnings);
            case VOLUME_BRONZE -> VolumeFilesSink.of(workspace, where.catalog(), where.schema(), where.volume(), profile, NdjsonEncoder.of(schema))
                    .withBronzeTable().onWarning(warnings);
            case DIRECT_TABLE -> DatabricksTableSink.bronze(workspace, where.catalog(), where.schema(), schema);
            case STDOUT -> new StdoutSink(stdout);
            case ZEROBUS -> zerobus(LocalDestinations.bronze(where, profile), schema, eventsPerSecond, warnings);
        };
    }

    private Sink zerobus(ObjectName table, RowSchema schema, double eventsPerSecond, Consumer<String> warnings) {
        if (zerobus == null || zerobus.principal() == null) {
            throw new WorkspaceConfigException("credentials", "the zerobus destination needs a service principal: --client-id and --client-secret, "
                    + "DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET, or client_id and client_secret in the profile");
        }
        String endpoint = zerobus.serverEndpoint();
        if (endpoint == null) {
            ZerobusEndpoint derived = ZerobusEndpoint.derive(workspace.host().toString(), zerobus.region());
            if (!derived.ok()) throw new WorkspaceConfigException("zerobus_endpoint", derived.error() + " (give it with --zerobus-endpoint, or --region)");
            endpoint = derived.serverEndpoint();
        }
        try {
            ZerobusTableSetup.Result setup = ZerobusTableSetup.of(table, schema).grantTo(zerobus.principal().clientId()).run(workspace::connect);
            setup.warnings().forEach(warnings);
        } catch (SQLException e) {
            throw new clxs.sink.SinkException("cannot set up " + table + " for Zerobus: " + workspace.redact(String.valueOf(e.getMessage())), e);
        }
        int streams = zerobus.streams() != null ? zerobus.streams() : ZerobusSink.streamsFor(eventsPerSecond);
        ZerobusSink sink = ZerobusSink.into(table.toString(), schema).at(endpoint).as(zerobus.principal()).streams(streams);
        return zerobus.format() == null ? sink : sink.recordFormat(zerobus.format());
    }
}
