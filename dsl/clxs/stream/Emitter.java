package clxs.stream;

import clxs.format.Timestamps;
import clxs.model.RowSchema;
import clxs.model.RowBatch;
import clxs.sink.Sink;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a stream: ticks on their schedule (a slow tick does not shift the next; an overrun is
 * counted), each tick's events made by the {@link DeviceProgram} and handed to a {@link Sink} in
 * chunks, then flushed. The event time is a function of the schedule alone (see
 * {@link StreamSettings}), so a backfill produces the same events as a real-time run of the same
 * window, only faster.
 *
 * <pre>{@code
 * try (Sink sink = new NdjsonFileSink(dir, "smart_meter")) {
 *     StreamSummary s = Emitter.system().run(settings, sink, StreamListener.NONE);
 * }
 * StreamRun run = Emitter.system().start(settings, sink, listener);   // in the background
 * run.cancel(); run.await();                                          // Ctrl-C
 * }</pre>
 *
 * The emitter opens the sink and closes it at the end. A failed write or flush counts a tick
 * error (its rows are reported lost) and the run goes on; a sink that cannot open ends the run
 * with its exception.
 */
public final class Emitter {

    private final StreamClock clock;

    private Emitter(StreamClock clock) {
        this.clock = clock;
    }

    /** Real time: ticks wait for their due time; a backfill's past ticks run at once. */
    public static Emitter system() {
        return new Emitter(StreamClock.system());
    }

    public static Emitter withClock(StreamClock clock) {
        return new Emitter(clock);
    }

    /** Runs to the end (or until the thread is interrupted) and returns the summary. */
    public StreamSummary run(StreamSettings settings, Sink sink, StreamListener listener) {
        return run(settings, sink, listener, new StreamClock.Cancel());
    }

    /** Starts the run on a new thread. */
    public StreamRun start(StreamSettings settings, Sink sink, StreamListener listener) {
        StreamClock.Cancel cancel = new StreamClock.Cancel();
        CompletableFuture<StreamSummary> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(run(settings, sink, listener, cancel));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "clxs-stream-" + settings.profile().name());
        t.setDaemon(true);
        t.start();
        return new StreamRun(cancel, result);
    }

    private StreamSummary run(StreamSettings s, Sink sink, StreamListener listener, StreamClock.Cancel cancel) {
        boolean drawn = s.seed() == null && s.resumeFrom() == null;
        long seed = s.seed() != null ? s.seed() : s.resumeFrom() != null ? s.resumeFrom().seed() : new SecureRandom().nextInt(1, Integer.MAX_VALUE);
        DeviceProgram program = new DeviceProgram(s.profile(), s.keys());
        try (Generator gen = s.resumeFrom() != null ? Generator.resume(program, s.resumeFrom(), s) : Generator.fresh(program, seed, s)) {
            return new Run(s, sink, listener, cancel, program.schema(), gen, drawn).execute();
        }
    }

    /** One execution: the loop over ticks and its counters. */
    private final class Run {
        private final StreamSettings s;
        private final Sink sink;
        private final StreamListener listener;
        private final StreamClock.Cancel cancel;
        private final RowSchema schema;
        private final Generator gen;
        private final boolean seedDrawn;
        private final List<TickRecord> records = new ArrayList<>();
        private long sequence, emitted, ticksRun, overruns;
        private int tickErrors;
        private String lastError;
        private boolean cancelled;

        Run(StreamSettings s, Sink sink, StreamListener listener, StreamClock.Cancel cancel, RowSchema schema, Generator gen, boolean seedDrawn) {
            this.s = s;
            this.sink = sink;
            this.listener = listener;
            this.cancel = cancel;
            this.schema = schema;
            this.gen = gen;
            this.seedDrawn = seedDrawn;
        }

        StreamSummary execute() {
            long ticks = s.ticks();
            long iv = s.intervalMicros();
            listener.started(s, gen.seed(), ticks);
            long runStart = clock.nowMicros();
            long now = Math.floorDiv(runStart, 1_000_000L) * 1_000_000L;
            long origin = s.startTime() != null ? Timestamps.epochMicros(s.startTime())
                    : s.backfill() != null ? now - s.durationMicros() : now - iv;
            long wallStart = System.nanoTime();
            sink.open();
            listener.opened(sink.describe());
            try {
                for (long i = 0; i < ticks && !cancelled; i++) {
                    long due = origin + (i + 1) * iv;
                    if (!awaitTick(due)) {
                        cancelled = true;
                        if (!s.carryPending() && gen.pendingCount() > 0) { // the held-back deliveries, not dropped
                            tick(i, origin + i * iv, due, true, 0);
                            listener.tick(records.get(records.size() - 1));
                        }
                        break;
                    }
                    tick(i, origin + i * iv, due, i == ticks - 1 && !s.carryPending(), s.eventsPerBatch());
                    if (i + 1 < ticks) {
                        long nextDue = due + iv;
                        boolean overrun = nextDue > runStart && clock.nowMicros() > nextDue;
                        if (overrun) {
                            overruns++;
                            TickRecord t = records.remove(records.size() - 1);
                            records.add(new TickRecord(t.tick(), t.time(), t.events(), t.cumulative(), t.errors(), t.error(), true));
                        }
                    }
                    listener.tick(records.get(records.size() - 1));
                }
            } finally {
                try {
                    sink.close();
                } catch (RuntimeException e) {
                    tickErrors++;
                    lastError = "closing " + sink.describe() + ": " + e.getMessage();
                    listener.warning(lastError);
                }
            }
            double seconds = (System.nanoTime() - wallStart) / 1e9;
            long written = sink.written();
            return new StreamSummary(s.profile().name(), sink.describe(), gen.seed(), seedDrawn, s.numDevices(), s.eventsPerBatch(), s.intervalSeconds(),
                    ticks, ticksRun, gen.generated, emitted, written, emitted - written, gen.lateInjected, gen.duplicatesInjected, gen.nullsInjected,
                    gen.pendingCount(), tickErrors, lastError, overruns, cancelled, gen.firstEventTime(), gen.lastEventTime(), seconds,
                    seconds > 0 ? written / seconds : 0, records, gen.save(), report(sink));
        }

        /** What the destination adds to the summary (Zerobus reopens, files uploaded, ...); a report that fails is not the run's failure. */
        private static Map<String, Object> report(Sink sink) {
            try {
                return sink.report();
            } catch (RuntimeException e) {
                return Map.of("report_error", String.valueOf(e.getMessage()));
            }
        }

        private boolean awaitTick(long due) {
            try {
                return clock.awaitUntil(due, cancel);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
                return false;
            }
        }

        /** One tick: {@code events} new events in chunks (stopping early when cancelled), the due deliveries, one flush. */
        private void tick(long index, long tickOrigin, long due, boolean deliverAll, int events) {
            long before = sink.written();
            Instant time = Timestamps.instant(due);
            String error = null;
            int chunk = s.writeChunk();
            for (int from = 0; from < events && error == null; from += chunk) {
                if (from > 0 && cancel.isCancelled()) {
                    cancelled = true;
                    break;
                }
                List<Object[]> rows;
                try {
                    rows = gen.generate(from, Math.min(events, from + chunk), tickOrigin, s.intervalMicros(), s.eventsPerBatch());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel.cancel();
                    cancelled = true;
                    break;
                }
                error = write(rows, time);
            }
            if (error == null) {
                List<Object[]> held = gen.takeDue(deliverAll || (cancelled && !s.carryPending()));
                for (int from = 0; from < held.size() && error == null; from += chunk) error = write(held.subList(from, Math.min(held.size(), from + chunk)), time);
            }
            try {
                sink.flush();
            } catch (RuntimeException e) {
                if (error == null) error = message(e);
            }
            gen.endTick();
            ticksRun++;
            if (error != null) {
                tickErrors++;
                lastError = error;
                listener.warning("tick " + index + " failed: " + error);
            }
            long written = sink.written();
            records.add(new TickRecord(index, time, written - before, written, error == null ? 0 : 1, error, false));
        }

        private String write(List<Object[]> rows, Instant time) {
            if (rows.isEmpty()) return null;
            emitted += rows.size();
            try {
                sink.write(new RowBatch(schema, rows, ++sequence, time));
                return null;
            } catch (RuntimeException e) {
                return message(e);
            }
        }

        private String message(RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
