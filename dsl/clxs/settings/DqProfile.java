package clxs.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Data-quality issues injected after generation ({@code dq_profile}), so data-quality tooling has
 * something to find: a share of NULLs in a descriptive column, a share of outliers in a measure,
 * and duplicated rows, in every base table. The issues are drawn from the seed like every other
 * value, so they are the same on every run.
 *
 * <table>
 *   <caption>Profiles</caption>
 *   <tr><th>profile</th><th>NULLs</th><th>outliers</th><th>duplicate rows per table</th></tr>
 *   <tr><td>{@code clean}</td><td>0</td><td>0</td><td>0</td></tr>
 *   <tr><td>{@code realistic} (default)</td><td>5%</td><td>0.1%</td><td>100</td></tr>
 *   <tr><td>{@code dirty}</td><td>15%</td><td>5%</td><td>5,000</td></tr>
 * </table>
 */
public enum DqProfile {
    CLEAN(0, 0, 0),
    REALISTIC(0.05, 0.001, 100),
    DIRTY(0.15, 0.05, 5_000);

    private final double nullRate;
    private final double outlierRate;
    private final long duplicateRows;

    DqProfile(double nullRate, double outlierRate, long duplicateRows) {
        this.nullRate = nullRate;
        this.outlierRate = outlierRate;
        this.duplicateRows = duplicateRows;
    }

    /** Share of rows whose descriptive column is set to NULL. */
    public double nullRate() {
        return nullRate;
    }

    /** Share of rows whose measure is multiplied into an outlier. */
    public double outlierRate() {
        return outlierRate;
    }

    /** Rows copied again into each table (at most the table's own row count). */
    public long duplicateRows() {
        return duplicateRows;
    }

    public boolean injectsIssues() {
        return this != CLEAN;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DqProfile of(String name) {
        for (DqProfile p : values()) {
            if (p.jsonName().equalsIgnoreCase(name)) return p;
        }
        throw new InvalidDefinitionException("dq_profile", "unknown data-quality profile '" + name + "'; valid: "
                + Arrays.stream(values()).map(DqProfile::jsonName).collect(Collectors.joining(", ")));
    }
}
