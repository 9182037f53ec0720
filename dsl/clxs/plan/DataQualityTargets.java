package clxs.plan;

import clxs.model.CheckRule;
import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.model.PortableSqlText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a table gets the injected NULLs and which the outliers. Keys, foreign keys,
 * the date column, values other columns are computed from, and values a CHECK bounds from above
 * are never touched, so joins, seasonality, within-row arithmetic and constraints still hold;
 * the issues land where a data-quality tool should find them.
 */
public final class DataQualityTargets {

    private DataQualityTargets() {}

    /** A descriptive text column to blank: a contact field if the table has one, else the last free text column. */
    public static Optional<Column> nullColumn(Industry industry, Table table) {
        // never a column a CHECK reads: Delta counts a NULL result as a violation
        // never a column that is NULL by design either, so the NULLs counted are the ones injected
        List<Column> free = table.columns().stream().filter(c -> c.type().kind() == SqlType.Kind.STRING && isFree(industry, table, c)
                && !(c.gen() instanceof Gen.Nullable)
                && industry.checks().stream().noneMatch(r -> r.table().equals(table.name()) && mentions(r.condition(), c.name()))).toList();
        return free.stream().filter(c -> c.name().contains("email") || c.name().contains("phone")).findFirst()
                .or(() -> free.isEmpty() ? Optional.empty() : Optional.of(free.get(free.size() - 1)));
    }

    /** A drawn measure (a decimal range) to inflate, not bounded from above by a CHECK. */
    public static Optional<Column> outlierColumn(Industry industry, Table table) {
        return table.columns().stream()
                .filter(c -> c.type().kind() == SqlType.Kind.DECIMAL || c.type().kind() == SqlType.Kind.DOUBLE)
                .filter(c -> unwrap(c.gen()) instanceof Gen.DecimalRange)
                .filter(c -> isFree(industry, table, c) && !boundedAbove(industry, table, c))
                .findFirst();
    }

    private static boolean isFree(Industry industry, Table table, Column c) {
        Gen g = unwrap(c.gen());
        if (table.primaryKey().map(k -> k.name().equals(c.name())).orElse(false)) return false;
        if (c.name().equals(table.dateColumn()) || Scd2Dimensions.isHistoryColumn(c.name())) return false;
        if (g instanceof Gen.ForeignKey || g instanceof Gen.Lookup || g instanceof Gen.Derived || g instanceof Gen.Const || g instanceof Gen.RawSql) {
            return false;
        }
        return !inputsOfDerived(table).contains(c.name()) && industry.changes().stream().noneMatch(ch -> mentions(ch.set() + " " + ch.where(), c.name()));
    }

    /** The largest value the column's generator draws (outliers are made larger, so they can be counted). */
    public static double generatedMax(Column c) {
        return ((Gen.DecimalRange) unwrap(c.gen())).max();
    }

    private static Gen unwrap(Gen g) {
        return g instanceof Gen.Nullable n ? unwrap(n.inner()) : g;
    }

    /** Columns a derived column of the table reads by name. */
    private static Set<String> inputsOfDerived(Table table) {
        Set<String> names = new HashSet<>();
        for (Column c : table.columns()) {
            if (unwrap(c.gen()) instanceof Gen.Derived d) names.addAll(PortableSqlText.identifiers(d.expression()));
        }
        return names;
    }

    private static boolean boundedAbove(Industry industry, Table table, Column c) {
        for (CheckRule r : industry.checks()) {
            if (!r.table().equals(table.name()) || !mentions(r.condition(), c.name())) continue;
            String cond = r.condition().toUpperCase(Locale.ROOT);
            if (cond.contains("BETWEEN") || cond.contains("<")) return true;
        }
        return false;
    }

    private static boolean mentions(String sql, String column) {
        return PortableSqlText.identifiers(sql).contains(column);
    }
}
