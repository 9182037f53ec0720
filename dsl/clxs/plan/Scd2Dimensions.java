package clxs.plan;

import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.SqlType;
import clxs.model.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SCD2-shaped history columns on the first three dimension tables of each industry:
 * {@code valid_from} (when the row's current version began, inside the catalog's date window, and
 * never before the row was created: a table with a creation column such as {@code created_at} or
 * {@code opened_date} starts its version on that day at the earliest), {@code valid_to}
 * ({@code 9999-12-31}) and {@code is_current} ({@code true}). One version per key, so joins on the
 * key stay one-to-one; the columns let demos show SCD2 queries.
 */
public final class Scd2Dimensions {

    public static final int TABLES_PER_INDUSTRY = 3;
    public static final List<String> COLUMNS = List.of("valid_from", "valid_to", "is_current");
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    /** Columns that say when a row came into being: a version of it cannot begin earlier. */
    static final List<String> CREATION_COLUMNS = List.of("created_at", "created_date", "opened_date", "open_date", "activation_date",
            "install_date", "enrolled_date", "commissioned", "hire_date", "origination_date");

    private Scd2Dimensions() {}

    /** The industry with the history columns added to its first three dimensions (already present ones are left alone). */
    public static Industry apply(Industry industry) {
        List<Table> tables = new ArrayList<>();
        int added = 0;
        for (Table t : industry.tables()) {
            if (t.role() == Table.Role.DIMENSION && added < TABLES_PER_INDUSTRY && t.column("valid_from").isEmpty()) {
                tables.add(withHistory(t));
                added++;
            } else {
                tables.add(t);
            }
        }
        return industry.withTables(tables);
    }

    private static Table withHistory(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(new Column("valid_from", SqlType.DATE, validFrom(t), "SCD2: first day of this version of the row"));
        columns.add(new Column("valid_to", SqlType.DATE, Gen.constant(OPEN_END), "SCD2: last day of this version (9999-12-31 while current)"));
        columns.add(new Column("is_current", SqlType.BOOLEAN, Gen.constant(true), "SCD2: whether this is the current version"));
        return new Table(t.name(), t.rows(), t.role(), t.dateColumn(), columns, t.comment());
    }

    /** A day of the window, or the row's creation day when that is later. */
    private static Gen validFrom(Table t) {
        return CREATION_COLUMNS.stream().map(t::column).flatMap(java.util.Optional::stream)
                .filter(c -> c.type().kind() == SqlType.Kind.DATE || c.type().kind() == SqlType.Kind.TIMESTAMP)
                .findFirst()
                .map(created -> Gen.derived("GREATEST(CAST(" + created.name() + " AS DATE), $0)", Gen.dates()))
                .orElse(Gen.dates());
    }

    /** Whether {@code column} is one of the history columns this class adds. */
    public static boolean isHistoryColumn(String column) {
        return COLUMNS.contains(column);
    }
}
