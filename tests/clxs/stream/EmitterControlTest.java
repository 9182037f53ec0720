package clxs.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.format.Timestamps;
import clxs.model.RowBatch;
import clxs.sink.SinkException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Stopping, failing and falling behind: the run reports what happened, and written always equals reported. */
class EmitterControlTest {

    static final StreamSettings METERS = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(10).eventsPerBatch(1_000).seed(5L);

    @Test
    void cancelWakesAWaitForTheNextTickAtOnce() throws Exception {
        // the next tick is due in 300 s on the real clock; the cancel must end the wait, not the schedule
        StreamSettings s = METERS.intervalSeconds(300).totalDurationSeconds(3_600);
        MemorySink sink = new MemorySink();
        AtomicReference<StreamRun> run = new AtomicReference<>();
        CountDownLatch firstTick = new CountDownLatch(1);
        run.set(Emitter.system().start(s, sink, new StreamListener() {
            @Override
            public void tick(TickRecord t) {
                firstTick.countDown();
            }
        }));
        assertTrue(firstTick.await(30, TimeUnit.SECONDS), "the first tick is due at once");
        long cancelledAt = System.nanoTime();
        run.get().cancel();
        StreamSummary summary = run.get().await(Duration.ofSeconds(30));
        System.out.printf("stopped %.1f ms after the cancel%n", (System.nanoTime() - cancelledAt) / 1e6);

        assertTrue(summary.cancelled());
        assertEquals(1, summary.ticks());
        assertEquals(1_000, summary.eventsWritten());
        assertEquals(summary.eventsEmitted(), summary.eventsWritten(), "written = reported");
        assertEquals(sink.rows.size(), summary.eventsWritten());
        assertTrue(sink.closed, "the sink is closed on the way out");
    }

    @Test
    void cancelDuringATickStopsAfterTheChunkBeingWrittenAndFlushesIt() throws Exception {
        CountDownLatch inSecondChunk = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MemorySink sink = new MemorySink() {
            @Override
            public void write(RowBatch batch) {
                super.write(batch);
                if (batches.size() == 2) {
                    inSecondChunk.countDown();
                    await(release);
                }
            }
        };
        StreamSettings s = METERS.eventsPerBatch(10_000).writeChunk(1_000).totalDurationSeconds(60).startTime(Streams.START);
        StreamRun run = Emitter.withClock(StreamClock.virtual(Streams.START)).start(s, sink, StreamListener.NONE);
        assertTrue(inSecondChunk.await(30, TimeUnit.SECONDS));
        run.cancel();
        release.countDown();
        StreamSummary summary = run.await(Duration.ofSeconds(30));

        assertTrue(summary.cancelled());
        assertEquals(2_000, summary.eventsGenerated(), "no chunk is made after the cancel");
        assertEquals(2_000, summary.eventsWritten(), "the chunk being written is flushed");
        assertEquals(summary.eventsEmitted(), summary.eventsWritten());
        assertEquals(0, summary.eventsLost());
        assertEquals(2_001, summary.state().nextEventId(), "the saved state continues after the last written event");
    }

    @Test
    void aStopDeliversTheHeldBackEventsOrCarriesThemInTheState() {
        // a clock on which the stop arrives while waiting for the fourth tick
        StreamClock stopsAtTheFourthTick = new StreamClock() {
            int waits;
            long now = Timestamps.epochMicros(Streams.START);

            @Override
            public long nowMicros() {
                return now;
            }

            @Override
            public boolean awaitUntil(long micros, Cancel cancel) {
                if (++waits == 4) cancel.cancel();
                if (cancel.isCancelled()) return false;
                now = Math.max(now, micros);
                return true;
            }
        };
        StreamSettings s = METERS.late(0.3, 20).totalDurationSeconds(60);
        StreamSummary delivered = Emitter.withClock(stopsAtTheFourthTick).run(s, new MemorySink(), StreamListener.NONE);
        assertTrue(delivered.cancelled());
        assertEquals(3_000, delivered.eventsGenerated());
        assertEquals(3_000, delivered.eventsWritten(), "late events held back are delivered on the way out");
        assertEquals(0, delivered.pendingCarried());
        assertEquals(4, delivered.tickRecords().size(), "three ticks and the final delivery");

        StreamSummary carried = Emitter.withClock(new ManualClock(Streams.START) {
            @Override
            public synchronized boolean awaitUntil(long micros, Cancel cancel) {
                if (waitedFor.size() == 3) cancel.cancel();
                return super.awaitUntil(micros, cancel);
            }
        }).run(s.carryPending(true), new MemorySink(), StreamListener.NONE);
        assertTrue(carried.pendingCarried() > 0);
        assertEquals(3_000 - carried.pendingCarried(), carried.eventsWritten(), "or wait in the saved state for the next run");
        assertEquals(carried.pendingCarried(), carried.state().pending().size());
    }

    @Test
    void aFailedTickIsCountedAndReportedLostAndTheRunGoesOn() {
        MemorySink sink = new MemorySink() {
            int calls;

            @Override
            public void write(RowBatch batch) {
                if (++calls == 2) throw new SinkException("disk full");
                super.write(batch);
            }
        };
        StreamSummary summary = Streams.summary(METERS.intervalSeconds(5).totalDurationSeconds(20), sink);
        assertEquals(4, summary.ticks());
        assertEquals(1, summary.tickErrors());
        assertEquals("disk full", summary.lastError());
        assertEquals(4_000, summary.eventsEmitted());
        assertEquals(3_000, summary.eventsWritten());
        assertEquals(1_000, summary.eventsLost(), "the failed tick's rows are reported lost, not dropped silently");
        assertEquals(sink.rows.size(), summary.eventsWritten());
        List<TickRecord> ticks = summary.tickRecords();
        assertEquals(List.of(0, 1, 0, 0), ticks.stream().map(TickRecord::errors).toList());
        assertEquals(List.of(1_000L, 0L, 1_000L, 1_000L), ticks.stream().map(TickRecord::events).toList());
        assertEquals(3_000, ticks.get(3).cumulative());
        assertEquals("disk full", ticks.get(1).error());
    }

    /** A clock the test moves: waits jump to the due time; a slow sink moves it further. */
    static class ManualClock implements StreamClock {
        long now;
        final List<Long> waitedFor = new ArrayList<>();

        ManualClock(Instant start) {
            now = Timestamps.epochMicros(start);
        }

        @Override
        public synchronized long nowMicros() {
            return now;
        }

        @Override
        public synchronized boolean awaitUntil(long micros, Cancel cancel) {
            waitedFor.add(micros);
            now = Math.max(now, micros);
            return !cancel.isCancelled();
        }
    }

    @Test
    void aSlowTickIsAnOverrunAndDoesNotShiftTheSchedule() {
        ManualClock clock = new ManualClock(Streams.START);
        MemorySink sink = new MemorySink() {
            @Override
            public void write(RowBatch batch) {
                super.write(batch);
                if (batches.size() == 2) clock.now += 7_000_000L; // tick 1 takes 7 s at a 5 s interval: tick 2 starts 2 s late
            }
        };
        StreamSettings s = METERS.intervalSeconds(5).totalDurationSeconds(30);
        StreamSummary summary = Emitter.withClock(clock).run(s, sink, StreamListener.NONE);
        long origin = Timestamps.epochMicros(Streams.START) - 5_000_000L;
        List<Long> due = new ArrayList<>();
        for (int i = 1; i <= 6; i++) due.add(origin + i * 5_000_000L);
        assertEquals(due, clock.waitedFor, "every tick keeps its due time, however late the one before");
        assertEquals(1, summary.overruns());
        assertEquals(List.of(false, true, false, false, false, false), summary.tickRecords().stream().map(TickRecord::overrun).toList());
        assertEquals(6_000, summary.eventsWritten());
        List<Instant> batchTimes = sink.batches.stream().map(RowBatch::time).toList();
        assertEquals(due.stream().map(Timestamps::instant).toList(), batchTimes, "batch times follow the schedule");
        assertFalse(summary.cancelled());
    }

    @Test
    void aSinkThatCannotOpenEndsTheRunWithItsError() {
        MemorySink sink = new MemorySink() {
            @Override
            public void open() {
                throw new SinkException("cannot write NDJSON files to /nowhere");
            }
        };
        SinkException e = assertThrows(SinkException.class, () -> Streams.summary(METERS, sink));
        assertTrue(e.getMessage().contains("/nowhere"));
        assertNull(sink.rows.isEmpty() ? null : sink.rows, "nothing was made");
    }

    @Test
    void theSummaryIsJsonWithTheRunsFields() throws Exception {
        StreamSummary summary = Streams.summary(METERS.totalDurationSeconds(10), new MemorySink());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toJson());
        assertEquals(2_000, json.get("events_written").asLong());
        assertEquals(5, json.get("seed").asLong());
        assertEquals(2, json.get("tick_records").size());
        assertEquals("2025-03-01T00:00:10.000000Z", json.get("tick_records").get(1).get("time").asText(), "tick 1 is due two intervals after the origin");
        assertEquals("2025-03-01T00:00:00.000000Z", json.get("first_event_time").asText());
        assertFalse(json.has("state"), "the state is saved on its own, not in the summary");
        for (String field : List.of("events_emitted", "ticks", "tick_errors", "last_error", "overruns", "duplicates_injected", "late_injected",
                "duration_seconds", "events_per_second")) {
            assertTrue(json.has(field), field);
        }
    }

    @Test
    void tickRecordsGoToCsvOrJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        MemorySink sink = new MemorySink() {
            int calls;

            @Override
            public void write(RowBatch batch) {
                if (++calls == 2) throw new SinkException("quota \"exceeded\"");
                super.write(batch);
            }
        };
        StreamSummary summary = Streams.summary(METERS.totalDurationSeconds(15), sink);
        summary.writeTicks(dir.resolve("ticks.csv"));
        assertEquals(List.of("tick,time,events,cumulative,errors,overrun,error",
                "0,2025-03-01T00:00:05.000000Z,1000,1000,0,false,",
                "1,2025-03-01T00:00:10.000000Z,0,1000,1,false,\"quota \"\"exceeded\"\"\"",
                "2,2025-03-01T00:00:15.000000Z,1000,2000,0,false,"), java.nio.file.Files.readAllLines(dir.resolve("ticks.csv")));
        summary.writeTicks(dir.resolve("ticks.json"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("ticks.json").toFile());
        assertEquals(3, json.size());
        assertEquals(2000, json.get(2).get("cumulative").asLong());
        assertEquals("quota \"exceeded\"", json.get(1).get("error").asText());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
