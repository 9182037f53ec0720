package clxs.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Read-only access to a generated local catalog, for assertions. */
public final class Duck implements AutoCloseable {

    private final Connection connection;

    private Duck(Connection connection) {
        this.connection = connection;
    }

    /** Opens {@code <dir>/<catalog>.duckdb} read-only, attached under the catalog's name. */
    public static Duck open(Path dir, String catalog) {
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("ATTACH '" + dir.resolve(catalog + ".duckdb") + "' AS \"" + catalog + "\" (READ_ONLY)");
                s.execute("USE \"" + catalog + "\"");
            }
            return new Duck(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long longValue(String sql) {
        List<List<Object>> rows = rows(sql);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    public double doubleValue(String sql) {
        return ((Number) rows(sql).get(0).get(0)).doubleValue();
    }

    public Object value(String sql) {
        return rows(sql).get(0).get(0);
    }

    public List<List<Object>> rows(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<List<Object>> out = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql + "\n" + e.getMessage(), e);
        }
    }

    /** Row count and an order-independent hash of every row: equal checksums mean equal tables. */
    public String checksum(String table) {
        List<Object> r = rows("SELECT count(*), sum(hash(t)) FROM " + table + " t").get(0);
        return r.get(0) + ":" + r.get(1);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
