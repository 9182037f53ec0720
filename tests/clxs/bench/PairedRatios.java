package clxs.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark ratios on a noisy machine: each run measures the baseline and clxs back to back, and
 * the figure is the median of those per-run ratios. The ratio of separate medians pairs a
 * baseline measured at a quiet moment with a clxs run measured at a busy one.
 */
public final class PairedRatios {

    private PairedRatios() {}

    /** Speed of clxs relative to the baseline in run i: baseline seconds / clxs seconds (above 1 = clxs faster). */
    public static List<Double> speedRatios(List<Double> baselineSeconds, List<Double> clxsSeconds) {
        if (baselineSeconds.size() != clxsSeconds.size() || baselineSeconds.isEmpty()) {
            throw new IllegalArgumentException("need the same non-zero number of baseline and clxs runs, got " + baselineSeconds.size()
                    + " and " + clxsSeconds.size());
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < baselineSeconds.size(); i++) out.add(baselineSeconds.get(i) / clxsSeconds.get(i));
        return out;
    }

    /** The median of the per-run speed ratios. */
    public static double medianSpeedRatio(List<Double> baselineSeconds, List<Double> clxsSeconds) {
        return median(speedRatios(baselineSeconds, clxsSeconds));
    }

    /**
     * The median of the per-run ratios of rows per second, when the two sides write different row
     * counts (clxs's data phase writes the generated rows, the baseline every row of the catalog).
     */
    public static double medianRateRatio(List<Double> baselineSeconds, long baselineRows, List<Double> clxsSeconds, long clxsRows) {
        return medianSpeedRatio(baselineSeconds, clxsSeconds) * clxsRows / baselineRows;
    }

    /** The median; the mean of the middle two for an even count. */
    public static double median(List<Double> xs) {
        if (xs.isEmpty()) throw new IllegalArgumentException("no values");
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
