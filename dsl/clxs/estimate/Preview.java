package clxs.estimate;

import clxs.settings.Json;
import clxs.result.TextTable;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a definition would generate, before anything runs: rows, stored bytes, duration and cost
 * per industry for one target ({@code clxs preview}, {@code DemoCatalog.preview()}). The numbers
 * come from {@link Estimator}; its model is in the README.
 */
public record Preview(@JsonProperty("catalog_name") String catalogName,
                      @JsonProperty("target") String target,
                      @JsonProperty("model") String model,
                      @JsonProperty("scale_factor") double scaleFactor,
                      @JsonProperty("industries") List<IndustryEstimate> industries,
                      @JsonProperty("total_rows") long totalRows,
                      @JsonProperty("total_bytes") long totalBytes,
                      @JsonProperty("fixed_seconds") double fixedSeconds,
                      @JsonProperty("estimated_seconds") double estimatedSeconds,
                      @JsonProperty("estimated_cost_usd") double estimatedCostUsd) {

    /** One industry's share. */
    public record IndustryEstimate(@JsonProperty("industry") String industry, @JsonProperty("tables") int tables,
                                   @JsonProperty("rows") long rows, @JsonProperty("bytes") long bytes,
                                   @JsonProperty("estimated_seconds") double estimatedSeconds,
                                   @JsonProperty("estimated_cost_usd") double estimatedCostUsd) {}

    public Preview {
        industries = List.copyOf(industries);
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The per-industry breakdown as a table, with totals and the model used. */
    @Override
    public String toString() {
        List<List<String>> rows = new ArrayList<>();
        for (IndustryEstimate i : industries) {
            rows.add(List.of(i.industry(), String.valueOf(i.tables()), String.format("%,d", i.rows()), TextTable.bytes(i.bytes()),
                    Durations.human(i.estimatedSeconds()), String.format("$%.2f", i.estimatedCostUsd())));
        }
        if (fixedSeconds > 0) rows.add(List.of("starting up, shared objects", "", "", "", Durations.human(fixedSeconds), String.format("$%.2f",
                fixedSeconds / Math.max(estimatedSeconds, 1e-9) * estimatedCostUsd)));
        rows.add(List.of("total", String.valueOf(industries.stream().mapToInt(IndustryEstimate::tables).sum()), String.format("%,d", totalRows),
                TextTable.bytes(totalBytes), Durations.human(estimatedSeconds), String.format("$%.2f", estimatedCostUsd)));
        return "Preview of catalog " + catalogName + " on " + target + " (scale " + TextTable.plain(scaleFactor) + "); nothing was run.\n"
                + TextTable.render(List.of("industry", "tables", "rows", "stored", "time", "cost"), rows, List.of(false, true, true, true, true, true))
                + "Model: " + model + "\n";
    }

    /** {@code 67.8 GB}: a byte count for people. */
    public static String human(long bytes) {
        return TextTable.bytes(bytes);
    }

    /** {@code 42 min}: a duration for people. */
    public static String humanDuration(double seconds) {
        return Durations.human(seconds);
    }

    /** Durations for people. */
    static final class Durations {
        private Durations() {}

        static String human(double seconds) {
            if (seconds < 60) return String.format("%.0f s", Math.max(1, Math.ceil(seconds)));
            if (seconds < 3600) return String.format("%.0f min", Math.ceil(seconds / 60));
            return String.format("%.1f h", seconds / 3600);
        }
    }
}
