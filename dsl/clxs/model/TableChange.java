package clxs.model;

import java.util.Objects;

/**
 * An UPDATE applied after generation so the table has a history to show ({@code DESCRIBE HISTORY},
 * time travel): {@code UPDATE table SET <set> WHERE <where>}, both portable SQL, on a {@code share}
 * of the rows that match, drawn from {@code key} and the run's seed so a run with the same seed
 * changes the same rows (a share of 1 changes them all, and needs no key).
 */
public record TableChange(String table, String description, String set, String where, String key, double share) {

    public TableChange {
        Names.require("table", table);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(where, "where");
        if (!(share > 0 && share <= 1)) throw new IllegalArgumentException("change of " + table + ": share must be in (0, 1], got " + share);
        if (share < 1) Names.require("key column of the change of " + table, key);
    }

    /** Every matching row changes. */
    public TableChange(String table, String description, String set, String where) {
        this(table, description, set, where, null, 1);
    }
}
