package clxs.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cadence bounds from streaming_limits.json, presets clamped with a warning, bad values named. */
class StreamSettingsTest {

    static InvalidStreamSettingsException invalid(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InvalidStreamSettingsException.class, e);
    }

    @Test
    void builtInDefaultsAndBounds() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER);
        assertEquals(100, s.eventsPerBatch());
        assertEquals(5.0, s.intervalSeconds());
        assertEquals(60.0, s.totalDurationSeconds());
        assertEquals(200, s.numDevices(), "the profile's default device count");
        assertEquals(12, s.ticks());

        InvalidStreamSettingsException e = invalid(() -> s.eventsPerBatch(10_001));
        assertEquals("events_per_batch", e.field());
        assertEquals("events_per_batch 10001 is above the maximum 10000", e.getMessage());
        assertEquals("interval_seconds 0.05 is below the minimum 0.1", invalid(() -> s.intervalSeconds(0.05)).getMessage());
        assertEquals("total_duration_seconds 3601 is above the maximum 3600", invalid(() -> s.totalDurationSeconds(3_601)).getMessage());
        assertEquals("num_devices 0 is below the minimum 1", invalid(() -> s.numDevices(0)).getMessage());
        assertEquals("num_devices 100001 is above the maximum 100000", invalid(() -> s.numDevices(100_001)).getMessage());
        assertEquals("late_rate", invalid(() -> s.late(1.5, 10)).field());
        assertEquals("null_rate", invalid(() -> s.nullRate(-0.1)).field());
        assertEquals("max_delay_seconds", invalid(() -> s.late(0.1, 0)).field());
        assertEquals("backfill", invalid(() -> s.backfill(Duration.ofDays(400))).field());
        assertEquals("threads", invalid(() -> s.threads(0)).field());
    }

    @Test
    void theLimitsFileNarrowsTheBoundsAndIsCheckedWhenRead(@TempDir Path dir) throws Exception {
        assertSame(StreamLimits.DEFAULTS, StreamLimits.in(dir), "no file: the built-in limits");
        Files.writeString(dir.resolve("streaming_limits.json"),
                "{\"events_per_batch\": {\"default\": 50, \"max\": 500}, \"interval_seconds\": {\"min\": 1}, \"num_devices\": {\"max\": 1000}}");
        StreamLimits limits = StreamLimits.in(dir);
        assertEquals(new StreamLimits.Bound("events_per_batch", 50.0, 1, 500), limits.eventsPerBatch());
        assertEquals(new StreamLimits.Bound("interval_seconds", 5.0, 1, 300), limits.intervalSeconds());
        StreamSettings s = StreamSettings.of(DeviceProfiles.CLICKSTREAM, limits);
        assertEquals(50, s.eventsPerBatch());
        assertEquals(500, s.numDevices());
        assertEquals("events_per_batch 501 is above the maximum 500", invalid(() -> s.eventsPerBatch(501)).getMessage());
        assertEquals("interval_seconds 0.5 is below the minimum 1", invalid(() -> s.intervalSeconds(0.5)).getMessage());

        Files.writeString(dir.resolve("streaming_limits.json"), "{\"events_per_batch\": {\"default\": 20000}}");
        InvalidStreamSettingsException e = invalid(() -> StreamLimits.in(dir));
        assertEquals("streaming_limits.json: events_per_batch default 20000 is above its max 10000", e.getMessage());
        Files.writeString(dir.resolve("streaming_limits.json"), "{\"interval_seconds\": {\"min\": 10, \"max\": 5}}");
        assertEquals("streaming_limits.json: interval_seconds min 10 is above its max 5", invalid(() -> StreamLimits.in(dir)).getMessage());
        Files.writeString(dir.resolve("streaming_limits.json"), "{\"events_per_bach\": {\"max\": 5}}");
        assertTrue(invalid(() -> StreamLimits.in(dir)).getMessage().contains("unknown field events_per_bach"));
        Files.writeString(dir.resolve("streaming_limits.json"), "{\"events_per_batch\": {\"maximum\": 5}}");
        assertTrue(invalid(() -> StreamLimits.in(dir)).getMessage().contains("unknown key maximum"));
    }

    @Test
    void presetsSetTheCadenceClampedToTheLimitsWithAWarning() {
        List<String> warnings = new ArrayList<>();
        StreamSettings demo = StreamSettings.of(DeviceProfiles.SMART_METER).preset(StreamPreset.DEMO, warnings::add);
        assertEquals(List.of(100, 5.0, 60.0), List.of(demo.eventsPerBatch(), demo.intervalSeconds(), demo.totalDurationSeconds()));
        assertEquals(List.of(), warnings);
        assertEquals("volume_bronze", StreamPreset.DEMO.destination());

        StreamSettings direct = StreamSettings.of(DeviceProfiles.SMART_METER).preset(StreamPreset.DIRECT, warnings::add);
        assertEquals(10_000, direct.eventsPerBatch(), "50,000 clamped to the maximum");
        assertEquals(1.0, direct.intervalSeconds());
        assertEquals(300.0, direct.totalDurationSeconds());
        assertEquals(List.of("events_per_batch 50000 is outside 1..10000; using 10000"), warnings);
        assertEquals("direct_table", StreamPreset.DIRECT.destination());

        warnings.clear();
        StreamSettings zerobus = StreamSettings.of(DeviceProfiles.SMART_METER).preset(StreamPreset.byId("zerobus"), warnings::add);
        assertEquals(10_000, zerobus.eventsPerBatch());
        assertEquals(600.0, zerobus.totalDurationSeconds());
        assertEquals(1, warnings.size());
        assertEquals("preset", invalid(() -> StreamPreset.byId("fast")).field());
    }

    @Test
    void unknownProfilesAreNamedWithTheTen() {
        InvalidStreamSettingsException e = invalid(() -> DeviceProfiles.require("toaster"));
        assertEquals("unknown profile toaster; the profiles are generic_sensor, industrial_machine, car_obd2, smart_meter, wearable_health, "
                + "pos_terminal, wind_turbine, atm_transaction, server_metrics, clickstream", e.getMessage());
        assertEquals(10, DeviceProfiles.all().size());
    }

    @Test
    void aStateOnlyResumesItsOwnStream() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(4).eventsPerBatch(10).totalDurationSeconds(10).seed(1L);
        StreamState state = Streams.summary(s, new MemorySink()).state();
        assertEquals("num_devices", invalid(() -> s.numDevices(5).resumeFrom(state)).field());
        assertEquals("seed", invalid(() -> s.seed(2L).resumeFrom(state)).field());
        assertEquals("state", invalid(() -> StreamSettings.of(DeviceProfiles.CLICKSTREAM).numDevices(4).resumeFrom(state)).field());
        assertThrows(IllegalArgumentException.class, () -> StreamState.fromJson(state.toJson().replace("clxs-stream-state/1", "other/1")));
    }
}
