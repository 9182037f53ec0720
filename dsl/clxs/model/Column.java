package clxs.model;

import java.util.Objects;

/** A column: its name, SQL type, how its values are generated, and what it means. */
public record Column(String name, SqlType type, Gen gen, String comment) {

    public Column {
        Names.require("column", name);
        Objects.requireNonNull(type, () -> "column " + name + " has no type");
        Objects.requireNonNull(gen, () -> "column " + name + " has no generator");
    }
}
