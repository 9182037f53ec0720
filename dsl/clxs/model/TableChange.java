package clxs.model;

import java.util.Objects;

/**
 * An UPDATE applied after generation so the table has a history to show ({@code DESCRIBE HISTORY},
 * time travel): {@code UPDATE table SET <set> WHERE <where>}, both portable SQL. {@code where} may
 * draw rows with {@code {{hash_unit(key, salt)}}} so the same rows change on every run.
 */
public record TableChange(String table, String description, String set, String where) {

    public TableChange {
        Names.require("table", table);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(where, "where");
    }
}
