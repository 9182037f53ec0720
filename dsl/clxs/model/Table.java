package clxs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated table: its name, row count at scale 1.0, role, main date column and columns.
 * Tables are written with {@link #fact}, {@link #dimension} or {@link #lookup} and finished by
 * {@link Industry.Builder#build()}, which infers column types the definition left out.
 */
public record Table(String name, long rows, Role role, String dateColumn, List<Column> columns, String comment) {

    /** Facts are large event tables; dimensions describe entities; lookups are small reference lists. */
    public enum Role { FACT, DIMENSION, LOOKUP }

    /** No table is generated with fewer rows than this, however small the scale. */
    public static final long MIN_ROWS = 10;

    public Table {
        Names.require("table", name);
        if (rows < 1) throw new IllegalArgumentException("table " + name + " needs at least one row, got " + rows);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("table " + name + " has no columns");
        if (dateColumn != null && columns.stream().noneMatch(c -> c.name().equals(dateColumn))) {
            throw new IllegalArgumentException("table " + name + ": date column " + dateColumn + " is not one of its columns");
        }
    }

    /** Rows generated at {@code scale}: {@code round(rows * scale)}, at least {@link #MIN_ROWS}. */
    public long rowsAt(double scale) {
        return Math.max(MIN_ROWS, Math.round(rows * scale));
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The key column: the first column generated from the row id (a sequence or a code of it). */
    public Optional<Column> primaryKey() {
        return columns.stream().filter(c -> isRowKey(c.gen())).findFirst();
    }

    /** Unique per row: the row id, a code spelled from it, or a template with such a part. */
    public static boolean isRowKey(Gen gen) {
        if (gen instanceof Gen.Sequence) return true;
        if (gen instanceof Gen.Code code) return code.key() instanceof Gen.Sequence;
        if (gen instanceof Gen.Template t) return t.parts().stream().anyMatch(Table::isRowKey);
        return false;
    }

    public static Builder fact(String name, long rows) { return new Builder(name, rows, Role.FACT); }

    public static Builder dimension(String name, long rows) { return new Builder(name, rows, Role.DIMENSION); }

    public static Builder lookup(String name, long rows) { return new Builder(name, rows, Role.LOOKUP); }

    /** A column as written, its type possibly still to be inferred. */
    public record ColumnSpec(String name, SqlType type, Gen gen, String comment) {}

    /** Collects a table's columns; {@link Industry.Builder} turns it into a {@link Table}. */
    public static final class Builder {
        private final String name;
        private final long rows;
        private final Role role;
        private String dateColumn;
        private String comment;
        private final List<ColumnSpec> columns = new ArrayList<>();

        private Builder(String name, long rows, Role role) {
            this.name = name;
            this.rows = rows;
            this.role = role;
        }

        /** The column that places each row in time (partitioning, Z-ORDER, star-schema dates). */
        public Builder date(String column) {
            this.dateColumn = column;
            return this;
        }

        public Builder comment(String text) {
            this.comment = text;
            return this;
        }

        /** A column whose SQL type follows from its generator. */
        public Builder col(String columnName, Gen gen, String columnComment) {
            columns.add(new ColumnSpec(columnName, null, gen, columnComment));
            return this;
        }

        public Builder col(String columnName, SqlType type, Gen gen, String columnComment) {
            columns.add(new ColumnSpec(columnName, type, gen, columnComment));
            return this;
        }

        public String name() { return name; }

        List<ColumnSpec> specs() { return columns; }

        Table build(List<Column> resolved) {
            return new Table(name, rows, role, dateColumn, resolved, comment);
        }
    }
}
