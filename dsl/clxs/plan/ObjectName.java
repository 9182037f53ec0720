package clxs.plan;

import clxs.model.Names;

/** A three-part name {@code catalog.schema.name}; {@code name} is null for a schema. */
public record ObjectName(String catalog, String schema, String name) {

    public ObjectName {
        Names.require("catalog", catalog);
        Names.require("schema", schema);
        if (name != null) Names.require("object", name);
    }

    public static ObjectName schema(String catalog, String schema) {
        return new ObjectName(catalog, schema, null);
    }

    public static ObjectName of(String catalog, String schema, String name) {
        return new ObjectName(catalog, schema, name);
    }

    /** {@code schema.name} (or {@code schema}), as shown in summaries. */
    public String shortName() {
        return name == null ? schema : schema + "." + name;
    }

    @Override
    public String toString() {
        return catalog + "." + shortName();
    }
}
