package clxs.engine;

import clxs.catalogs.CatalogInfo;
import clxs.catalogs.CatalogManager;

import clxs.sql.Dialect;
import clxs.sql.EngineErrors;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The local catalogs: the DuckDB files of a directory. A catalog is clxs's (a demo) when it
 * carries clxs's mark inside ({@link CatalogMark}: generated catalogs and their clones); all its
 * tables count as generated. Names compare exactly.
 */
public final class LocalCatalogManager implements CatalogManager {

    private final LocalCatalogs catalogs;

    public LocalCatalogManager(LocalCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public List<CatalogInfo> list() {
        List<CatalogInfo> out = new ArrayList<>();
        for (String name : catalogs.list()) {
            try {
                int[] counts = counts(name);
                boolean demo = catalogs.ownership(name).clxs();
                out.add(new CatalogInfo(name, demo, counts[0], counts[1], demo ? counts[1] : 0, System.getProperty("user.name"), null));
            } catch (SQLException e) {
                out.add(CatalogInfo.failed(name, EngineErrors.firstLine(e.getMessage())));
            }
        }
        return out;
    }

    /** Schemas (without DuckDB's {@code main}) and base tables of a catalog, read-only. */
    private int[] counts(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH " + Dialect.DUCKDB.stringLiteral(catalogs.file(name).toString()) + " AS " + Dialect.DUCKDB.quote(name) + " (READ_ONLY)");
            String db = Dialect.DUCKDB.stringLiteral(name);
            int schemas;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_schemas() WHERE database_name = " + db + " AND NOT internal AND schema_name <> 'main'")) {
                rs.next();
                schemas = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = " + db)) {
                rs.next();
                return new int[] {schemas, rs.getInt(1)};
            }
        }
    }

    /** What interrupted runs left in the directory; {@code clxs demo --cleanup} of the catalog removes it. */
    public List<LocalCatalogs.Leftover> leftovers() {
        return catalogs.leftovers();
    }

    @Override
    public DropReport drop(String catalog) {
        CatalogInfo info = list().stream().filter(c -> c.name().equals(catalog)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no local catalog " + catalog + " in " + catalogs.dir()));
        catalogs.delete(catalog);
        return new DropReport(catalog, info.schemas(), info.tables());
    }
}
