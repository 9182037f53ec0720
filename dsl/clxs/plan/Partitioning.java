package clxs.plan;

import clxs.model.Column;
import clxs.model.SqlType;
import clxs.model.Table;
import java.util.Optional;

/** Date partitioning of large tables: above {@value #ROWS} rows at the run's scale, by a DATE date column. */
public final class Partitioning {

    public static final long ROWS = 10_000_000;

    private Partitioning() {}

    /** Whether the table is large enough to be partitioned. */
    public static boolean isLarge(Table table, double scale) {
        return table.rowsAt(scale) > ROWS && table.dateColumn() != null;
    }

    /** The partition column: the date column of a large table, when it is a DATE (a timestamp would make a partition per value). */
    public static Optional<String> column(Table table, double scale) {
        if (!isLarge(table, scale)) return Optional.empty();
        Column date = table.column(table.dateColumn()).orElseThrow();
        return date.type() == SqlType.DATE ? Optional.of(date.name()) : Optional.empty();
    }
}
