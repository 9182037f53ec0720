package clxs.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a run measured on its finished data: the data-quality issues actually present and the
 * positive rate of each ML label ({@code anomalies}, with the Clone-Xs field names).
 */
public record Measured(
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("data_quality") DataQuality dataQuality,
        @JsonProperty("anomalies") List<Anomaly> anomalies) {

    public static final Measured NONE = new Measured(null, List.of());

    public Measured {
        anomalies = List.copyOf(anomalies);
    }

    /** One ML label: the rate asked for and the share of positive rows found (the mean, for a score). */
    public record Anomaly(@JsonProperty("industry") String industry, @JsonProperty("table") String table, @JsonProperty("column") String column,
                          @JsonProperty("sql_type") String sqlType, @JsonProperty("anomaly_rate") double anomalyRate,
                          @JsonProperty("positive_rate") double positiveRate, @JsonProperty("rows") long rows) {}

    /**
     * The profile's stated rates and those measured over every table: NULLs in the NULL columns, values
     * beyond the generated range in the outlier columns, and rows whose key is repeated.
     */
    public record DataQuality(@JsonProperty("dq_profile") String profile, @JsonProperty("null_rate") double nullRate,
                              @JsonProperty("outlier_rate") double outlierRate, @JsonProperty("duplicate_rows_per_table") long duplicateRowsPerTable,
                              @JsonProperty("measured_null_rate") double measuredNullRate,
                              @JsonProperty("measured_outlier_rate") double measuredOutlierRate,
                              @JsonProperty("measured_duplicate_rows") long measuredDuplicateRows,
                              @JsonProperty("tables") List<TableIssues> tables) {
        public DataQuality {
            tables = List.copyOf(tables);
        }
    }

    /** The issues found in one table. */
    public record TableIssues(@JsonProperty("industry") String industry, @JsonProperty("table") String table, @JsonProperty("rows") long rows,
                              @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("null_column") String nullColumn,
                              @JsonProperty("nulls") long nulls,
                              @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("outlier_column") String outlierColumn,
                              @JsonProperty("outliers") long outliers, @JsonProperty("duplicates") long duplicates) {}

    /** {@code data quality (realistic): 5.02% NULLs, 0.098% outliers, 1,900 duplicate rows} and a line per label. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        if (dataQuality != null) {
            b.append(String.format("Data quality (%s): measured %.2f%% NULLs, %.3f%% outliers, %,d duplicate rows%n", dataQuality.profile(),
                    dataQuality.measuredNullRate() * 100, dataQuality.measuredOutlierRate() * 100, dataQuality.measuredDuplicateRows()));
        }
        for (Anomaly a : anomalies) {
            b.append(String.format("ML label %s.%s.%s: %.2f%% positive (asked %.2f%%)%n", a.industry(), a.table(), a.column(), a.positiveRate() * 100,
                    a.anomalyRate() * 100));
        }
        return b.toString();
    }
}
