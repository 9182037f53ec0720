package clxs.cli;

import clxs.result.StreamSummaryText;
import clxs.result.ThroughputChart;
import clxs.stream.StreamListener;
import clxs.stream.StreamSettings;
import clxs.stream.TickRecord;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stream's progress on standard error: on a terminal, a live throughput chart redrawn each tick;
 * otherwise one plain line per tick (at most one every two seconds, and the last), for logs.
 * Warnings and notes (ids bound to a catalog, a bronze table that could not be made) print as they
 * come and are repeated in the summary.
 */
final class StreamConsole implements StreamListener {

    private static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;
    private static final int CHART_WIDTH = 60;
    private static final int CHART_HEIGHT = 10;

    private final PrintWriter err;
    private final boolean chart;
    private final boolean quiet;
    private final List<ThroughputChart.Point> points = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private volatile long ticksPlanned;
    private volatile long expected;
    private volatile String where = "";
    private long lastLine;
    private int chartLines;
    private TickRecord last;
    private boolean lastPrinted = true;

    /** @param chart redraw a chart (a terminal); @param quiet print only warnings (JSON or NDJSON on standard output) */
    StreamConsole(PrintWriter err, boolean chart, boolean quiet) {
        this.err = err;
        this.chart = chart;
        this.quiet = quiet;
    }

    @Override
    public synchronized void started(StreamSettings s, long seed, long ticks) {
        ticksPlanned = ticks;
        expected = s.eventsPerBatch();
        if (quiet) return;
        err.printf(Locale.ROOT, "Streaming %s: %d devices, %,d events every %s s, %,d ticks%s (seed %d)%n", s.profile().name(), s.numDevices(), s.eventsPerBatch(),
                clxs.result.TextTable.plain(s.intervalSeconds()), ticks, s.backfill() != null ? ", backfilling " + s.backfill() : "", seed);
        err.flush();
    }

    @Override
    public synchronized void opened(String destination) {
        where = destination;
        if (!quiet) err.println("  into " + destination);
    }

    @Override
    public synchronized void tick(TickRecord t) {
        points.add(new ThroughputChart.Point(t.events(), t.cumulative(), t.errors() > 0));
        last = t;
        lastPrinted = false;
        if (quiet) return;
        long now = System.nanoTime();
        if (chart) {
            if (now - lastLine < 200_000_000L && t.tick() + 1 < ticksPlanned) return;   // redraw at most five times a second
            lastLine = now;
            if (chartLines > 0) err.print("\u001b[" + chartLines + "A\u001b[J");
            String c = StreamSummaryText.tickLine(t, ticksPlanned) + "\n" + ThroughputChart.render(points, expected, CHART_WIDTH, CHART_HEIGHT);
            chartLines = (int) c.chars().filter(ch -> ch == '\n').count();
            err.print(c);
            lastPrinted = true;
        } else if (t.errors() > 0 || now - lastLine >= PLAIN_INTERVAL_NANOS || t.tick() + 1 == ticksPlanned) {
            lastLine = now;
            err.println(StreamSummaryText.tickLine(t, ticksPlanned));
            lastPrinted = true;
        }
        err.flush();
    }

    @Override
    public synchronized void warning(String message) {
        notes.add(message);
        err.println("clxs: " + (message.startsWith("ids: ") ? "" : "warning: ") + message);
        err.flush();
    }

    /** The last tick's line, if the throttle held it back. */
    synchronized void finish() {
        if (!quiet && !lastPrinted && last != null) err.println(StreamSummaryText.tickLine(last, ticksPlanned));
        err.flush();
    }

    synchronized String where() {
        return where;
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
