package clxs.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stream throughput chart: axes, cumulative line, per-tick bars, expected line and failed ticks. */
class ThroughputChartTest {

    private static List<ThroughputChart.Point> steady(int ticks, long perTick, int failedAt) {
        List<ThroughputChart.Point> p = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < ticks; i++) {
            boolean failed = i == failedAt;
            long n = failed ? 0 : perTick;
            total += n;
            p.add(new ThroughputChart.Point(n, total, failed));
        }
        return p;
    }

    private static List<String> plot(String chart, int height) {
        return chart.lines().limit(height).toList();
    }

    @Test
    void aSteadyStreamRisesLinearlyWithItsTicksOnTheExpectedLine() {
        String c = ThroughputChart.render(steady(20, 100, -1), 100, 20, 5);
        List<String> rows = plot(c, 5);
        assertEquals(5, rows.size());
        assertEquals("2K", rows.get(0).substring(0, rows.get(0).indexOf('|')).trim(), "left axis: the cumulative maximum");
        assertTrue(rows.get(0).endsWith("| 100"), "right axis: the per-tick maximum, " + rows.get(0));
        int left = rows.get(0).indexOf('|') + 1;
        // the cumulative line starts at the bottom and reaches the top row at the last tick
        assertEquals('*', rows.get(4).charAt(left), c);
        assertEquals('*', rows.get(0).charAt(left + 19), c);
        // every tick delivered the expected 100: its o sits on the top row (where the expected line is),
        // except where the cumulative line has reached the top and is drawn over it
        String top = rows.get(0).substring(left, left + 20);
        assertTrue(top.matches("o{15,}\\*+"), "top row: " + top);
        for (int y = 1; y < 5; y++) assertEquals(0, rows.get(y).chars().filter(ch -> ch == 'o').count(), "row " + y + ": " + c);
        assertTrue(c.contains("- expected 100"), c);
        assertFalse(c.contains("x failed"), c);
    }

    @Test
    void aFailedTickIsMarkedOnTheCumulativeLineAndHasNoBar() {
        String c = ThroughputChart.render(steady(10, 50, 4), 50, 10, 4);
        List<String> rows = plot(c, 4);
        long marks = rows.stream().mapToLong(r -> r.chars().filter(ch -> ch == 'x').count()).sum();
        assertEquals(1, marks, c);
        int column = rows.stream().filter(r -> r.indexOf('x') >= 0).findFirst().orElseThrow().indexOf('x');
        assertTrue(rows.stream().noneMatch(r -> r.charAt(column) == 'o'), "no per-tick mark for the failed tick: " + c);
        assertTrue(c.contains("x failed"), c);
    }

    @Test
    void manyTicksAreSqueezedIntoTheWidthKeepingTheTotalAndTheLargestTick() {
        List<ThroughputChart.Point> p = steady(1_000, 10, 777);
        List<ThroughputChart.Point> cols = ThroughputChart.squeeze(p, 50);
        assertEquals(50, cols.size());
        assertEquals(p.get(999).cumulative(), cols.get(49).cumulative(), "the last column ends at the run's total");
        assertEquals(10, cols.get(38).perTick(), "the largest tick of a column");
        assertEquals(1, cols.stream().filter(ThroughputChart.Point::failed).count(), "the failure survives the squeeze");
        assertTrue(ThroughputChart.render(p, 10, 50, 6).lines().allMatch(l -> l.length() <= 80), "fits an 80-column terminal");
    }

    @Test
    void anExpectedLineFlatAgainstTheAxisIsHiddenAndLabelsUseSuffixes() {
        List<ThroughputChart.Point> big = List.of(new ThroughputChart.Point(1_000_000, 1_000_000, false), new ThroughputChart.Point(3_400_000, 4_400_000, false));
        String c = ThroughputChart.render(big, 100, 10, 4);
        assertFalse(plot(c, 4).stream().anyMatch(r -> r.substring(r.indexOf('|')).contains("-")), "100 of 3.4M is under 1%: no line: " + c);
        assertEquals("950", ThroughputChart.human(950));
        assertEquals("12K", ThroughputChart.human(12_000));
        assertEquals("3.4M", ThroughputChart.human(3_400_000));
        assertEquals("2B", ThroughputChart.human(2_000_000_000));
        assertThrows(IllegalArgumentException.class, () -> ThroughputChart.render(big, 0, 5, 2));
    }
}
