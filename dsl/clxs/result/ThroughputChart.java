package clxs.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The throughput of a stream as a text chart: cumulative events (a line of {@code *}, left axis),
 * events per tick (a line of {@code o}, right axis), the expected events per tick (a row of
 * {@code -}, hidden when it would sit flat against the axis) and ticks that failed ({@code x} on
 * the cumulative line). Axis labels use K/M/B. Ticks are squeezed into the width by taking the
 * last value of each column (cumulative) and the largest (per tick).
 *
 * <pre>
 *  12K |ooooooooooooooooo***| 500
 *      |-----------****-----|
 *      |    ******          |
 *    0 |****                | 0
 *      +--------------------+
 * </pre>
 */
public final class ThroughputChart {

    /** One tick: events it delivered, the running total, whether it failed. */
    public record Point(long perTick, long cumulative, boolean failed) {}

    private ThroughputChart() {}

    /**
     * @param width  columns of the plot area (at least 10)
     * @param height rows of the plot area (at least 4)
     * @param expectedPerTick the configured events per tick (0 for none)
     */
    public static String render(List<Point> points, long expectedPerTick, int width, int height) {
        if (width < 10 || height < 4) throw new IllegalArgumentException("a chart needs at least 10 x 4 cells, got " + width + " x " + height);
        List<Point> cols = squeeze(points, width);
        long maxCumulative = Math.max(1, cols.stream().mapToLong(Point::cumulative).max().orElse(0));
        long maxTick = Math.max(1, Math.max(cols.stream().mapToLong(Point::perTick).max().orElse(0), expectedPerTick));
        char[][] grid = new char[height][width];
        for (char[] row : grid) java.util.Arrays.fill(row, ' ');
        // the expected line, unless it would lie on the axis (under 1% of the largest tick)
        if (expectedPerTick > 0 && expectedPerTick * 100 >= maxTick) {
            int y = level(expectedPerTick, maxTick, height);
            for (int x = 0; x < width; x++) grid[height - y][x] = '-';
        }
        for (int x = 0; x < cols.size(); x++) {
            Point p = cols.get(x);
            if (p.failed()) continue;   // a failed tick shows as x on the cumulative line, not as a zero
            grid[height - Math.max(1, level(p.perTick(), maxTick, height))][x] = 'o';
        }
        for (int x = 0; x < cols.size(); x++) {
            Point p = cols.get(x);
            int y = Math.max(1, level(p.cumulative(), maxCumulative, height));
            grid[height - y][x] = p.failed() ? 'x' : '*';
        }
        String left = human(maxCumulative);
        String right = human(maxTick);
        int pad = Math.max(left.length(), 3);
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < height; y++) {
            String l = y == 0 ? left : y == height - 1 ? "0" : "";
            String r = y == 0 ? right : y == height - 1 ? "0" : "";
            b.append(String.format(Locale.ROOT, "%" + pad + "s |", l)).append(grid[y]).append("| ").append(r).append('\n');
        }
        b.append(" ".repeat(pad)).append(" +").append("-".repeat(width)).append("+\n");
        String from = "tick 1";
        String to = String.valueOf(points.size());
        b.append(" ".repeat(pad + 2)).append(from).append(" ".repeat(Math.max(1, width - from.length() - to.length()))).append(to).append('\n');
        b.append(" ".repeat(pad + 2)).append("* cumulative (left)  o per tick (right)");
        if (expectedPerTick > 0) b.append("  - expected ").append(human(expectedPerTick));
        if (points.stream().anyMatch(Point::failed)) b.append("  x failed");
        return b.append('\n').toString();
    }

    /** At most {@code width} columns: each the last cumulative value, the largest tick and any failure of the ticks it covers. */
    static List<Point> squeeze(List<Point> points, int width) {
        if (points.size() <= width) return points;
        List<Point> out = new ArrayList<>(width);
        for (int x = 0; x < width; x++) {
            int from = (int) ((long) x * points.size() / width);
            int to = (int) ((long) (x + 1) * points.size() / width);
            long tick = 0;
            boolean failed = false;
            for (int i = from; i < to; i++) {
                tick = Math.max(tick, points.get(i).perTick());
                failed |= points.get(i).failed();
            }
            out.add(new Point(tick, points.get(to - 1).cumulative(), failed));
        }
        return out;
    }

    /** How many rows of {@code height} the value fills (0 for 0, at least 1 for anything above). */
    private static int level(long value, long max, int height) {
        if (value <= 0) return 0;
        return (int) Math.max(1, Math.min(height, Math.round((double) value * height / max)));
    }

    /** {@code 950}, {@code 12K}, {@code 3.4M}, {@code 2B}. */
    public static String human(long n) {
        if (n < 1_000) return Long.toString(n);
        String[] units = {"K", "M", "B", "T"};
        double v = n;
        int u = -1;
        while (v >= 1_000 && u < units.length - 1) {
            v /= 1_000;
            u++;
        }
        return (v < 10 && v != Math.floor(v) ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v)) + units[u];
    }
}
