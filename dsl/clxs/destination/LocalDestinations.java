package clxs.destination;

import clxs.stream.StreamLocation;

import clxs.stream.Destination;

import clxs.engine.LocalCatalogs;
import clxs.model.RowSchema;
import clxs.plan.ObjectName;
import clxs.settings.InvalidDefinitionException;
import clxs.sink.DuckDbBronzeView;
import clxs.sink.DuckDbTableSink;
import clxs.sink.NdjsonFileSink;
import clxs.sink.Sink;
import clxs.sink.StdoutSink;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The sinks of each destination on the local target, laid out like a Databricks catalog: volume
 * files under {@code <local dir>/volumes/<catalog>/<schema>/<volume>/<profile>/}, tables and views
 * in {@code <local dir>/<catalog>.duckdb}.
 */
public final class LocalDestinations {

    private final LocalCatalogs catalogs;
    private final PrintStream stdout;

    public LocalDestinations(Path localDir, PrintStream stdout) {
        this.catalogs = new LocalCatalogs(localDir);
        this.stdout = stdout;
    }

    /** The table or view a destination feeds: {@code <catalog>.<schema>.bronze_<profile>}. */
    public static ObjectName bronze(StreamLocation where, String profile) {
        return ObjectName.of(where.catalog(), where.schema(), "bronze_" + profile);
    }

    /**
     * Checks that {@code destination} can be written here, creating nothing: the local directory (or
     * its nearest existing parent) must be a writable folder.
     */
    public void check(Destination destination) {
        if (destination == Destination.ZEROBUS) {
            throw new InvalidDefinitionException("destination", "zerobus streams to a Databricks table: add --target databricks (locally, use volume, "
                    + "volume_bronze, direct_table or stdout)");
        }
        if (destination == Destination.STDOUT) return;
        Path dir = catalogs.dir().toAbsolutePath();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing)) {
            throw new InvalidDefinitionException("local_dir", dir + " cannot hold catalogs: " + existing + " is not a folder");
        }
        if (!Files.isWritable(existing)) throw new InvalidDefinitionException("local_dir", "cannot write to " + existing);
    }

    /** The catalog file streams write tables and views into. */
    public Path catalogFile(String catalog) {
        return catalogs.file(catalog);
    }

    public Sink sink(Destination destination, StreamLocation where, String profile, RowSchema schema, Consumer<String> warnings) {
        check(destination);
        return switch (destination) {
            case VOLUME -> files(where, profile);
            case VOLUME_BRONZE -> new DuckDbBronzeView(files(where, profile), catalogs.file(where.catalog()), bronze(where, profile), schema, warnings);
            case DIRECT_TABLE -> DuckDbTableSink.inCatalogFile(catalogs.file(where.catalog()), where.schema(), bronze(where, profile).name(), schema);
            case STDOUT -> new StdoutSink(stdout);
            case ZEROBUS -> throw new IllegalStateException("checked above");
        };
    }

    private NdjsonFileSink files(StreamLocation where, String profile) {
        return NdjsonFileSink.inLocalVolume(catalogs.dir(), where.catalog(), where.schema(), where.volume(), profile);
    }
}
