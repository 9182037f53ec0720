package clxs.stream;

import clxs.model.Names;
import java.util.Objects;

/**
 * A field of a profile that can hold keys of a batch catalog table, so a stream joins its
 * dimension: {@code pos_terminal.store_id → retail.stores.store_id}. The caller resolves the keys
 * when the catalog holds the industry and binds them in the stream settings
 * ({@link StreamSettings#keys}):
 *
 * <ul>
 * <li>{@link Kind#SEQUENCE}: the parent key is the table's {@code 1..N} sequence;
 *     bind {@code EntityKeys.range(1, SELECT max(<column>) FROM <catalog>.<industry>.<table>)} (the
 *     largest key, not the row count: a data-quality profile adds duplicate rows).</li>
 * <li>{@link Kind#VALUES}: the parent key is a code; bind
 *     {@code EntityKeys.listed(SELECT <column> FROM <catalog>.<industry>.<table> ORDER BY <orderBy>)}.</li>
 * </ul>
 *
 * The schema of a catalog is named after the industry ({@code demo.retail.stores}).
 */
public record EntityLink(String field, String industry, String table, String column, Kind kind, String orderBy) {

    public enum Kind { SEQUENCE, VALUES }

    public EntityLink {
        Names.require("field", field);
        Names.require("industry", industry);
        Names.require("table", table);
        Names.require("column", column);
        Objects.requireNonNull(kind, "kind");
        Names.require("order by column", orderBy);
    }

    public static EntityLink sequence(String field, String industry, String table, String column) {
        return new EntityLink(field, industry, table, column, Kind.SEQUENCE, column);
    }

    public static EntityLink values(String field, String industry, String table, String column, String orderBy) {
        return new EntityLink(field, industry, table, column, Kind.VALUES, orderBy);
    }

    /**
     * The query that resolves the keys in a catalog (names are validated identifiers, so the text
     * runs unquoted on DuckDB and Databricks): {@code SELECT max(<column>) FROM <catalog>.<industry>.<table>}
     * for a sequence, {@code SELECT <column> FROM ... ORDER BY <orderBy>} for values. Feed its
     * result column to {@link #keys(java.util.List)}.
     */
    public String keyQuery(String catalog) {
        Names.require("catalog", catalog);
        String from = " FROM " + catalog + "." + industry + "." + table;
        if (kind == Kind.SEQUENCE) return "SELECT max(" + column + ")" + from;
        // each code once (duplicated rows), never NULL (a data-quality profile may blank a column), in key order
        return "SELECT " + column + " FROM (SELECT " + column + ", min(" + orderBy + ") AS first_key" + from + " WHERE " + column
                + " IS NOT NULL GROUP BY " + column + ") AS k ORDER BY first_key";
    }

    /** The keys from {@link #keyQuery}'s single result column: the count, or the values in order. */
    public EntityKeys keys(java.util.List<?> column) {
        if (kind == Kind.SEQUENCE) {
            if (column.size() != 1 || !(column.get(0) instanceof Number n)) throw new IllegalArgumentException(parent() + ": expected the largest key, got " + column);
            if (n.longValue() < 1) throw new IllegalArgumentException(parent() + " has no rows to join to");
            return EntityKeys.range(1, n.longValue());
        }
        if (column.isEmpty()) throw new IllegalArgumentException(parent() + " has no rows to join to");
        return EntityKeys.listed(column.stream().map(String::valueOf).toList());
    }

    /** {@code industry.table.column}, as shown in messages. */
    public String parent() {
        return industry + "." + table + "." + column;
    }
}
