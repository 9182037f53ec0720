package clxs.bench;

import java.util.List;
import java.util.Map;

/**
 * One measured point of {@code bench/ScalingBench.java}: a scale and a mode, with each run's clxs
 * result and the raw DuckDB baseline's beside it (the maps the child JVMs print). The baseline
 * writes every row the catalog's tables get ({@link #baselineRows}), so the whole runs compare
 * seconds for the same rows, and the data phase, which writes only the generated rows, compares
 * rows per second.
 */
public record ScalingPoint(String mode, double scale, List<Map<String, Object>> clxs, List<Map<String, Object>> baseline, String loadBefore, String loadAfter) {
    public List<Double> clxsValues(String key) {
        return clxs.stream().map(m -> ((Number) m.get(key)).doubleValue()).toList();
    }

    public List<Double> baselineValues(String key) {
        return baseline.stream().map(m -> ((Number) m.get(key)).doubleValue()).toList();
    }

    public double median(String key) {
        return PairedRatios.median(clxsValues(key));
    }

    public long generatedRows() {
        return ((Number) clxs.get(0).get("generated_rows")).longValue();
    }

    public double maxRss() {
        return clxsValues("peak_rss_bytes").stream().mapToDouble(d -> d).max().orElse(0);
    }

    public double baselineMaxRss() {
        return baselineValues("peak_rss_bytes").stream().mapToDouble(d -> d).max().orElse(0);
    }

    /** Whole run to the baseline's inserts and checkpoint, paired run by run. */
    public double ratio() {
        return PairedRatios.medianSpeedRatio(baselineValues("total_seconds"), clxsValues("total_seconds"));
    }

    /** Rows the baseline wrote: every row of the catalog's tables. */
    public long baselineRows() {
        return ((Number) baseline.get(0).get("rows")).longValue();
    }

    /** The data phase's rows/s (the generated rows) to the baseline inserts' rows/s, paired run by run. */
    public double dataRatio() {
        return PairedRatios.medianRateRatio(baselineValues("insert_seconds"), baselineRows(), clxsValues("data_seconds"), generatedRows());
    }

    @SuppressWarnings("unchecked")
    public double group(String name) {
        return PairedRatios.median(clxs.stream().map(m -> ((Map<String, Number>) m.get("groups")).get(name).doubleValue()).toList());
    }

    /** Seconds a run of this point took, baseline included: the basis of the next point's prediction. */
    public double secondsPerRun() {
        return PairedRatios.median(clxsValues("total_seconds")) + PairedRatios.median(baselineValues("total_seconds")) + 5;
    }

    public double peakDiskBytes() {
        return Math.max(median("dir_bytes"), PairedRatios.median(baselineValues("file_bytes")));
    }
}
