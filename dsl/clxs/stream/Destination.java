package clxs.stream;

import clxs.settings.InvalidDefinitionException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a stream's events go, by the names Clone-Xs uses, the same on every target: files in a
 * volume, the files plus a bronze table over them, a table, standard output, Zerobus.
 */
public enum Destination {
    /** One NDJSON file per batch in {@code <catalog>.<schema>.<volume>/<profile>/}. */
    VOLUME("NDJSON files in a volume"),
    /** The files, plus {@code bronze_<profile>} reading them (a streaming table on Databricks, a view locally). */
    VOLUME_BRONZE("NDJSON files in a volume and a bronze table over them"),
    /** Rows appended to {@code <catalog>.<schema>.bronze_<profile>}. */
    DIRECT_TABLE("rows appended to a bronze table"),
    /** NDJSON on standard output, for piping. */
    STDOUT("NDJSON on standard output"),
    /** Direct gRPC ingest into a managed Delta table (Databricks only). */
    ZEROBUS("Zerobus direct ingest into a Delta table");

    private final String description;

    Destination(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** {@code volume}, {@code volume_bronze}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Destination of(String id) {
        for (Destination d : values()) {
            if (d.id().equalsIgnoreCase(id.trim())) return d;
        }
        throw new InvalidDefinitionException("destination", "unknown destination '" + id + "'; valid: " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(Destination::id).collect(Collectors.joining(", "));
    }
}
