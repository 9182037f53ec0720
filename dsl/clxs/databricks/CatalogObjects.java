package clxs.databricks;

import clxs.sql.StreamingSql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes sure the catalog, schema (and volume) a stream lands in exist, creating only what is
 * missing. Each is looked up first ({@code SHOW ...}) rather than created blindly with
 * {@code IF NOT EXISTS}: creating a catalog needs a metastore privilege many users lack even when
 * the catalog is already there. The SQL is {@link StreamingSql}'s.
 */
final class CatalogObjects {

    private CatalogObjects() {}

    /** Creates what is missing of {@code catalog.schema}; returns what it created ({@code catalog demo}, {@code schema demo.iot}). */
    static List<String> ensureSchema(Connection c, String catalog, String schema) throws SQLException {
        List<String> created = new ArrayList<>();
        if (!contains(c, StreamingSql.showCatalogs(), 1, catalog)) {
            run(c, StreamingSql.createCatalog(catalog));
            created.add("catalog " + catalog);
        }
        if (!contains(c, StreamingSql.showSchemas(catalog), 1, schema)) {
            run(c, StreamingSql.createSchema(catalog, schema));
            created.add("schema " + catalog + "." + schema);
        }
        return created;
    }

    /** {@link #ensureSchema} and the volume {@code catalog.schema.volume}. */
    static List<String> ensureVolume(Connection c, String catalog, String schema, String volume) throws SQLException {
        List<String> created = ensureSchema(c, catalog, schema);
        // SHOW VOLUMES answers (database_name, volume_name)
        if (!contains(c, StreamingSql.showVolumes(catalog, schema), 2, volume)) {
            run(c, StreamingSql.createVolume(catalog, schema, volume));
            created.add("volume " + catalog + "." + schema + "." + volume);
        }
        return created;
    }

    /** Whether column {@code column} of {@code sql}'s rows holds {@code name}; Unity Catalog names are case-insensitive. */
    private static boolean contains(Connection c, String sql, int column, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String v = rs.getString(column);
                if (v != null && v.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return true;
            }
            return false;
        }
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
