package clxs.result;

import clxs.stream.StreamSummary;
import clxs.stream.TickRecord;
import java.util.List;
import java.util.Locale;

/** A stream run's summary for people: what was emitted and written, where, how fast, and what went wrong. */
public final class StreamSummaryText {

    private StreamSummaryText() {}

    /** @param where the destination as {@code Sink.describe()} says it; {@code extra} lines a destination adds (Zerobus reopens, ...) */
    public static String render(StreamSummary s, String where, List<String> extra) {
        StringBuilder b = new StringBuilder();
        String status = s.cancelled() ? "cancelled" : s.tickErrors() > 0 ? "finished with errors" : "done";
        b.append(String.format(Locale.ROOT, "Stream %s: %s%n", s.profile(), status));
        b.append(String.format(Locale.ROOT, "  into       %s%n", where));
        b.append(String.format(Locale.ROOT, "  events     %,d written of %,d emitted%s%n", s.eventsWritten(), s.eventsEmitted(),
                s.eventsLost() > 0 ? String.format(Locale.ROOT, " (%,d lost in failed ticks)", s.eventsLost()) : ""));
        b.append(String.format(Locale.ROOT, "  ticks      %,d of %,d, %d devices, %,d events every %s s%s%n", s.ticks(), s.ticksPlanned(), s.numDevices(),
                s.eventsPerBatch(), TextTable.plain(s.intervalSeconds()), s.overruns() > 0 ? String.format(Locale.ROOT, ", %,d overruns", s.overruns()) : ""));
        if (s.lateInjected() + s.duplicatesInjected() + s.nullsInjected() > 0) {
            b.append(String.format(Locale.ROOT, "  injected   %,d late, %,d duplicates, %,d NULLs%s%n", s.lateInjected(), s.duplicatesInjected(), s.nullsInjected(),
                    s.pendingCarried() > 0 ? String.format(Locale.ROOT, "; %,d deliveries held for the next run", s.pendingCarried()) : ""));
        }
        if (s.firstEventTime() != null) b.append(String.format(Locale.ROOT, "  event time %s .. %s%n", s.firstEventTime(), s.lastEventTime()));
        b.append(String.format(Locale.ROOT, "  took       %.1f s, %,.0f events/s%n", s.durationSeconds(), s.eventsPerSecond()));
        b.append(String.format(Locale.ROOT, "  seed       %d   (the same seed repeats these events%s)%n", s.seed(), s.seedDrawn() ? "; it was drawn" : ""));
        extra.forEach(l -> b.append("  ").append(l).append('\n'));
        if (s.tickErrors() > 0) {
            b.append(String.format(Locale.ROOT, "  errors     %d failed tick%s; last: %s%n", s.tickErrors(), s.tickErrors() == 1 ? "" : "s", s.lastError()));
        }
        return b.toString();
    }

    /** One plain line per tick, for logs (no terminal). */
    public static String tickLine(TickRecord t, long ticksPlanned) {
        return String.format(Locale.ROOT, "  tick %,d/%,d  %s  %,d events  (%,d in all)%s%s", t.tick() + 1, ticksPlanned, t.time(), t.events(), t.cumulative(),
                t.overrun() ? "  overrun" : "", t.error() == null ? "" : "  failed: " + t.error());
    }
}
