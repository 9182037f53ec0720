package clxs.destination;

import clxs.sql.Dialect;
import clxs.stream.DeviceProfile;
import clxs.stream.EntityKeys;
import clxs.stream.EntityLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys of the batch catalog a stream's entity ids are drawn from, when the catalog holds the
 * industry ({@code pos_terminal.store_id} from {@code <catalog>.retail.stores}), so a demo joins
 * the stream to its dimensions. A link whose table is not in the catalog keeps the profile's own ids.
 *
 * @param keys  the bound fields and their keys
 * @param notes what was bound, and from where, for the run's output
 */
public record CatalogKeys(Map<String, EntityKeys> keys, List<String> notes) {

    public static final CatalogKeys NONE = new CatalogKeys(Map.of(), List.of());

    /** The keys in a local catalog file, read-only; none when the file does not exist. */
    public static CatalogKeys local(Path catalogFile, String catalog, DeviceProfile profile) throws SQLException {
        if (profile.links().isEmpty() || !Files.exists(catalogFile)) return NONE;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = c.createStatement()) {
                s.execute("ATTACH " + Dialect.DUCKDB.stringLiteral(catalogFile.toAbsolutePath().toString()) + " AS " + Dialect.DUCKDB.quote(catalog)
                        + " (READ_ONLY)");
            }
            return resolve(c, catalog, profile);
        }
    }

    /** The keys through an open connection to the catalog's engine (a Databricks SQL warehouse). */
    public static CatalogKeys resolve(Connection c, String catalog, DeviceProfile profile) throws SQLException {
        Map<String, EntityKeys> keys = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (EntityLink link : profile.links()) {
            if (!tableExists(c, catalog, link)) continue;
            List<Object> column = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(link.keyQuery(catalog))) {
                while (rs.next()) column.add(rs.getObject(1));
            }
            try {
                EntityKeys k = link.keys(column);
                keys.put(link.field(), k);
                notes.add(link.field() + " from " + catalog + "." + link.parent() + " (" + k.count() + " keys)");
            } catch (IllegalArgumentException empty) {
                notes.add(link.field() + " keeps its own ids: " + empty.getMessage());
            }
        }
        return new CatalogKeys(keys, notes);
    }

    private static boolean tableExists(Connection c, String catalog, EntityLink link) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_catalog = ? AND table_schema = ? "
                + "AND table_name = ?")) {
            s.setString(1, catalog);
            s.setString(2, link.industry());
            s.setString(3, link.table());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
