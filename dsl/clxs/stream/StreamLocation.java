package clxs.stream;

import clxs.model.Names;
import clxs.settings.InvalidDefinitionException;

/** Where a stream lands in a catalog: the catalog, the schema of its tables and the volume of its files. */
public record StreamLocation(String catalog, String schema, String volume) {

    public static final String DEFAULT_SCHEMA = "iot";
    public static final String DEFAULT_VOLUME = "events_volume";

    public StreamLocation {
        check("catalog_name", catalog);
        check("schema", schema);
        check("volume", volume);
    }

    private static void check(String field, String name) {
        String problem = Names.problem(name);
        if (problem != null) throw new InvalidDefinitionException(field, "'" + name + "' " + problem);
    }

    public StreamLocation withCatalog(String c) {
        return new StreamLocation(c, schema, volume);
    }

    public StreamLocation withSchema(String s) {
        return new StreamLocation(catalog, s, volume);
    }

    public StreamLocation withVolume(String v) {
        return new StreamLocation(catalog, schema, v);
    }
}
