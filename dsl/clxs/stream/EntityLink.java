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
 *     bind {@code EntityKeys.range(1, SELECT count(*) FROM <catalog>.<industry>.<table>)}.</li>
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

    /** {@code industry.table.column}, as shown in messages. */
    public String parent() {
        return industry + "." + table + "." + column;
    }
}
