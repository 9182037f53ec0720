package clxs.stream;

import java.time.Instant;

/**
 * One tick of a run, for the summary's {@code --ticks} file and the live chart.
 *
 * @param tick       0, 1, 2, ... within the run
 * @param time       when the tick was due (its batch time)
 * @param events     rows the sink confirmed in this tick (late and duplicate deliveries included)
 * @param cumulative rows confirmed so far in the run
 * @param errors     1 when the tick failed (its rows are lost, not retried), else 0
 * @param error      the failure, or null
 * @param overrun    the tick finished after the next one was due
 */
public record TickRecord(long tick, Instant time, long events, long cumulative, int errors, String error, boolean overrun) {}
