package clxs.stream;

import clxs.model.RowBatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.format.Timestamps;
import clxs.sink.NdjsonFileSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run emits: reproducible whatever the threads and chunks, on schedule, with the asked-for disorder. */
class EmitterTest {

    /** Late, duplicate and null deliveries on, so the held-back path is part of every comparison. */
    static StreamSettings disordered(DeviceProfile p) {
        return StreamSettings.of(p).numDevices(37).eventsPerBatch(9_000).intervalSeconds(2).totalDurationSeconds(10).seed(11L)
                .late(0.05, 6).duplicates(0.02).nullRate(0.01);
    }

    @Test
    void sameSeedGivesByteIdenticalNdjsonForOneOrFourThreadsAndAnyChunkSize(@TempDir Path dir) throws IOException {
        for (DeviceProfile p : List.of(DeviceProfiles.SMART_METER, DeviceProfiles.CLICKSTREAM, DeviceProfiles.INDUSTRIAL_MACHINE)) {
            String oneThread = Streams.run(disordered(p).threads(1).writeChunk(100_000)).text();
            String fourThreads = Streams.run(disordered(p).threads(4).writeChunk(2_500)).text();
            assertTrue(oneThread.lines().count() > 45_000, "the run emitted its rows");
            Streams.assertSameText(oneThread, fourThreads, p.name() + ": 1 thread and 4 threads, one chunk and chunks of 2,500");

            // the same bytes through the file sink: the files of a run, concatenated in sequence order
            Path volume = dir.resolve(p.name() + "-volume");
            try (NdjsonFileSink files = new NdjsonFileSink(volume, p.name())) {
                Streams.summary(disordered(p).threads(4).writeChunk(4_000), files);
            }
            Streams.assertSameText(oneThread, concatenated(volume.resolve(p.name())), p.name() + " files");
        }
    }

    static String concatenated(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted(
                    (a, b) -> a.getFileName().toString().substring(24).compareTo(b.getFileName().toString().substring(24))).toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void differentSeedsDifferAndADrawnSeedIsReportedAndRepeatable() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.GENERIC_SENSOR).numDevices(5).eventsPerBatch(50).totalDurationSeconds(10);
        String one = Streams.run(s.seed(1L)).text();
        String two = Streams.run(s.seed(2L)).text();
        assertNotEquals(one, two);
        assertEquals(one.lines().count(), two.lines().count());

        MemorySink drawnRun = new MemorySink();
        StreamSummary drawn = Streams.summary(s, drawnRun);
        assertTrue(drawn.seedDrawn());
        assertTrue(drawn.seed() > 0);
        Streams.assertSameText(drawnRun.text(), Streams.run(s.seed(drawn.seed())).text(), "the reported seed repeats the run");
        assertFalse(Streams.summary(s.seed(5L), new MemorySink()).seedDrawn());
    }

    @Test
    void aDayOfBackfillAtFiveSecondsHasTheExactCountAndSpan() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(20).eventsPerBatch(10).intervalSeconds(5).seed(3L)
                .backfill(Duration.ofHours(24));
        Instant now = Instant.parse("2025-06-01T12:00:00.700Z");
        long nowMicros = Timestamps.epochMicros(now);
        // a clock that is never asked to wait: every backfill tick is due in the past
        StreamClock past = new StreamClock() {
            @Override
            public long nowMicros() {
                return nowMicros;
            }

            @Override
            public boolean awaitUntil(long micros, Cancel cancel) {
                if (micros > nowMicros) throw new AssertionError("a backfill tick waited for " + Timestamps.iso(micros));
                return true;
            }
        };
        CountingSink sink = new CountingSink(2);
        StreamSummary summary = Emitter.withClock(past).run(s, sink, StreamListener.NONE);

        long ticks = 24 * 3600 / 5;
        assertEquals(17_280, summary.ticks());
        assertEquals(ticks * 10, summary.eventsWritten());
        assertEquals(ticks * 10, sink.rows);
        assertEquals(0, summary.overruns(), "backfill ticks are not overruns");
        long origin = Timestamps.epochMicros(Instant.parse("2025-05-31T12:00:00Z"));
        assertEquals(origin, sink.minCaptured, "the window starts 24 h before now (to the second)");
        assertEquals(origin + (ticks - 1) * 5_000_000L + 9 * 5_000_000L / 10, sink.maxCaptured, "the last event: last tick, 10th event");
        assertEquals(Instant.parse("2025-05-31T12:00:00Z"), summary.firstEventTime());
        assertTrue(sink.capturedInOrder);
        assertTrue(sink.batchTimes.contains(Instant.parse("2025-06-01T12:00:00Z")), "the last tick is due now");
    }

    @Test
    void lateAndDuplicateDeliveriesComeAtTheAskedRates() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.POS_TERMINAL).numDevices(50).eventsPerBatch(2_000).intervalSeconds(5).totalDurationSeconds(200)
                .seed(9L).late(0.05, 20).duplicates(0.03);
        MemorySink sink = new MemorySink();
        StreamSummary summary = Streams.summary(s, sink);
        long generated = summary.eventsGenerated();
        assertEquals(80_000, generated);
        assertEquals(0.05, (double) summary.lateInjected() / generated, 0.01, "late rate within ±20%");
        assertEquals(0.03, (double) summary.duplicatesInjected() / generated, 0.006, "duplicate rate within ±20%");
        assertEquals(generated + summary.duplicatesInjected(), summary.eventsWritten(), "every event once, duplicates twice");

        // read back from what the sink got: late rows sit in a later tick's batch with their original event time
        Map<Long, Integer> seen = new HashMap<>();
        long late = 0, maxId = 0;
        for (clxs.model.RowBatch b : sink.batches) {
            long batchTime = Timestamps.epochMicros(b.time());
            for (Object[] r : b.rows()) {
                long captured = Timestamps.epochMicros((Instant) r[2]);
                long ticksLate = (batchTime - captured - 1) / 5_000_000L;
                boolean first = seen.merge((Long) r[0], 1, Integer::sum) == 1;
                // held back at most ceil(20 s / 5 s) = 4 ticks; a duplicate up to 4 ticks after its original's delivery
                assertTrue(ticksLate <= (first ? 4 : 8), "held back " + ticksLate + " ticks");
                long id = (Long) r[0];
                if (first && id < maxId) late++; // arrives after events made after it
                maxId = Math.max(maxId, id);
            }
        }
        long duplicates = seen.values().stream().filter(n -> n == 2).count();
        assertEquals(summary.duplicatesInjected(), duplicates, "a duplicate re-delivers the same event_id");
        assertEquals(0, seen.values().stream().filter(n -> n > 2).count());
        assertEquals(summary.lateInjected(), late, "late events arrive in later ticks with their original event time");
        assertEquals(generated, seen.size(), "nothing lost: every event id arrives");
    }

    @Test
    void nullRateBlanksMeasurementsButNeverKeys() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(10).eventsPerBatch(5_000).totalDurationSeconds(20).seed(4L).nullRate(0.1);
        MemorySink sink = new MemorySink();
        StreamSummary summary = Streams.summary(s, sink);
        long cells = 0, nulls = 0;
        for (Object[] r : sink.rows) {
            assertTrue(r[0] != null && r[1] != null && r[2] != null, "event_id, meter_id and captured_at are never null");
            for (int i = 3; i < r.length; i++) {
                cells++;
                if (r[i] == null) nulls++;
            }
        }
        assertEquals(0.1, (double) nulls / cells, 0.01);
        assertEquals(nulls, summary.nullsInjected());
    }

    @Test
    void resumingFromSavedStateContinuesExactlyAsOneLongRun() {
        for (DeviceProfile p : DeviceProfiles.all()) {
            StreamSettings s = StreamSettings.of(p).numDevices(13).eventsPerBatch(400).intervalSeconds(3).totalDurationSeconds(30).seed(21L)
                    .late(0.05, 9).duplicates(0.03).nullRate(0.02).threads(2);
            String whole = Streams.run(s.totalDurationSeconds(60)).text();

            MemorySink first = new MemorySink();
            StreamSummary firstRun = Streams.summary(s.carryPending(true), first);
            assertTrue(firstRun.pendingCarried() > 0, "late deliveries wait in the state");
            StreamState saved = StreamState.fromJson(firstRun.state().toJson());
            Streams.assertSameText(firstRun.state().toJson(), saved.toJson(), "the state survives JSON");
            MemorySink second = new MemorySink();
            Streams.summary(s.startTime(Streams.START.plusSeconds(30)).resumeFrom(saved), second);

            Streams.assertSameText(whole, first.text() + second.text(), p.name() + ": 10 + 10 ticks with saved state = 20 ticks");
        }
    }

    @Test
    void aBoundDeviceIdNeedsAKeyPerDevice() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(3);
        InvalidStreamSettingsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidStreamSettingsException.class,
                () -> s.key("meter_id", EntityKeys.listed(List.of("MTR-1", "MTR-2"))));
        assertEquals("num_devices", e.field());
        assertTrue(e.getMessage().contains("energy.customers_energy.meter_id"), e.getMessage());
    }
}
