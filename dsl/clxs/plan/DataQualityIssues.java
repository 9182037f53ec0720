package clxs.plan;

import clxs.model.Column;
import clxs.model.Industry;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.settings.DqProfile;
import java.math.BigDecimal;
import java.util.List;

/**
 * The NULLs and outliers of the data-quality profile: which rows get them (a draw per row, salted
 * by industry, table and kind) and what an outlier is.
 *
 * <p>They are drawn in the insert of a table keyed by its row number 1..N: the draw of row
 * {@code k} is a draw on key {@code k}, so the rows are written with their issues and nothing
 * rewrites them afterwards. (They used to come from an UPDATE per table, which rewrote whole column
 * segments; at scale 1.0 the checkpoint after it ran for three silent minutes.) A table keyed by a
 * code has no row number to draw from and gets none. The same seed gives the same rows.
 *
 * <pre>{@code
 * INSERT INTO demo.healthcare.patients
 * SELECT ..., CASE WHEN <draw(row id)> < 0.05 THEN NULL ELSE <phone's generator> END AS phone, ...
 * }</pre>
 */
public final class DataQualityIssues {

    /** Outliers are one and a half times the largest generated value plus this many times their own (capped to what the type holds). */
    private static final int OUTLIER_FACTOR = 25;

    private DataQualityIssues() {}

    /** Whether {@code table} gets NULLs and outliers, drawn in its insert: it is keyed by its row number. */
    public static boolean drawnInInsert(Table table) {
        return DuplicateRows.keyIsRowNumber(table);
    }

    /**
     * The salt of one kind of issue ({@code nulls}, {@code outliers}, {@code duplicates}) in one table.
     * Salts name the industry and table, never the catalog: the same seed gives the same rows under any catalog name.
     */
    public static int salt(PlanBuilder plan, String kind, Industry industry, Table table) {
        return plan.salt(namespace(kind, industry, table));
    }

    /** The namespace of {@link #salt}, for a sequence of draws ({@link Salts#of} with draw 0, 1, ...). */
    public static String namespace(String kind, Industry industry, Table table) {
        return "dq " + kind + " " + industry.name() + "." + table.name();
    }

    /**
     * Portable SQL of the outlier made from a value {@code $0} of column {@code c}: one and a half
     * times the generator's largest value plus {@link #OUTLIER_FACTOR} times the value, at most the
     * largest value of a DECIMAL column's type. Beyond anything generated, so a measure can count it.
     */
    private static String outlier(Column c) {
        String value = plain(DataQualityTargets.generatedMax(c) * 1.5) + " + abs($0) * " + OUTLIER_FACTOR;
        if (c.type().kind() != SqlType.Kind.DECIMAL) return value;
        return "least(" + value + ", " + typeMax(c).toPlainString() + ")";
    }

    /** A number as portable SQL, without exponent or trailing zeros. */
    public static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /**
     * The value of column {@code c} as the insert writes it: {@code value}, or, in the profile's
     * NULL or outlier column of a table that gets its issues in the insert, that share of the rows
     * made NULL or an outlier.
     */
    static Expr inInsert(PlanBuilder plan, Industry industry, Table table, Column c, Expr value) {
        DqProfile profile = plan.settings().dqProfile();
        if (!profile.injectsIssues() || !drawnInInsert(table)) return value;
        if (DataQualityTargets.nullColumn(industry, table).filter(n -> n.name().equals(c.name())).isPresent()) {
            return Expr.ifElse(drawn(plan, "nulls", industry, table, profile.nullRate()), Expr.lit(null), value);
        }
        if (DataQualityTargets.outlierColumn(industry, table).filter(o -> o.name().equals(c.name())).isPresent()) {
            // inflated from the value as stored (its type's precision), as a reader of the column sees it
            Expr outlier = new Expr.Portable(outlier(c), List.of(Expr.cast(value, c.type())));
            return Expr.ifElse(drawn(plan, "outliers", industry, table, profile.outlierRate()), outlier, value);
        }
        return value;
    }

    private static Expr drawn(PlanBuilder plan, String kind, Industry industry, Table table, double rate) {
        return Expr.call(Op.LT, new Expr.HashUnit(salt(plan, kind, industry, table)), Expr.lit(rate));
    }

    private static BigDecimal typeMax(Column c) {
        return BigDecimal.TEN.pow(c.type().precision() - c.type().scale()).subtract(BigDecimal.ONE.movePointLeft(c.type().scale()));
    }
}
