package clxs.stream;

import static clxs.stream.Rules.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.model.SqlType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interpreter's contract: the generator's bits, the definition checks, and a state that keeps every bit. */
class DeviceProgramTest {

    @Test
    void splitMix64AndFnv1aMatchTheirPublishedValues() {
        SplitMix64 r = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, r.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, r.nextLong());
        assertEquals(0x06C45D188009454FL, r.nextLong());
        assertEquals(0xCBF29CE484222325L, SplitMix64.fnv1a64(""));
        assertEquals(0xAF63DC4C8601EC8CL, SplitMix64.fnv1a64("a"));
        assertEquals("e220a8397b1dcdaf", SplitMix64.hex(0xE220A8397B1DCDAFL));
        assertEquals(0xE220A8397B1DCDAFL, SplitMix64.parseHex("e220a8397b1dcdaf"));
        // nextDouble and index use the top bits: documented, so a port can check itself against these
        SplitMix64 d = new SplitMix64(0);
        assertEquals((0xE220A8397B1DCDAFL >>> 11) * 0x1.0p-53, d.nextDouble());
        assertEquals(((0x6E789E6AA1B965F4L >>> 32) * 10) >>> 32, d.index(10));
    }

    @Test
    void badDefinitionsFailWithTheirProfileAndField() {
        DeviceProfile.Builder b = DeviceProfile.named("probe").devices(3).deviceId("probe_id", key(EntityKeys.formatted("p-%03d", 1, 999), Rule.Scope.DEVICE), "");
        assertEquals("profile probe, field a references b, which is not an earlier field",
                assertThrows(IllegalArgumentException.class, () -> b.number("a", 1, ref("b"), "").build()).getMessage());
        DeviceProfile.Builder c = DeviceProfile.named("probe").devices(3).deviceId("probe_id", key(EntityKeys.formatted("p-%03d", 1, 999), Rule.Scope.DEVICE), "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.number("a", 1, level(), "").build()).getMessage().contains("has no condition"));
        DeviceProfile.Builder d = DeviceProfile.named("probe").devices(3).deviceId("probe_id", key(EntityKeys.formatted("p-%03d", 1, 999), Rule.Scope.DEVICE), "")
                .number("a", 1, uniform(0, 1), "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.number("b", 1, perDevice(ref("a")), "").build()).getMessage()
                .contains("references a in a value drawn when the device is created"));
        DeviceProfile.Builder e = DeviceProfile.named("probe").devices(3).deviceId("probe_id", key(EntityKeys.formatted("p-%03d", 1, 999), Rule.Scope.DEVICE), "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> e.number("a", 0, uniform(0, 1), "").build()).getMessage().contains("without decimals"));
        assertThrows(IllegalArgumentException.class, () -> format("no-placeholder", num(1)));
        assertThrows(IllegalArgumentException.class, () -> pick("a", 0));
    }

    @Test
    void aBoundKeyFieldTakesItsKeysType() {
        DeviceProfile pos = DeviceProfiles.POS_TERMINAL;
        assertEquals(SqlType.STRING, pos.schema().field(pos.schema().indexOf("store_id")).type());
        assertEquals(SqlType.BIGINT, pos.schema(Map.of("store_id", EntityKeys.range(1, 20))).field(pos.schema().indexOf("store_id")).type());
        assertThrows(IllegalArgumentException.class, () -> pos.schema(Map.of("amount_usd", EntityKeys.range(1, 20))));
    }

    @Test
    void savedStatesKeepEveryBitOfEveryNumber() {
        StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(200).eventsPerBatch(1_000).totalDurationSeconds(10).seed(99L);
        StreamState state = Streams.summary(s, new MemorySink()).state();
        StreamState back = StreamState.fromJson(state.toJson());
        int numbers = 0;
        for (int i = 0; i < state.devices().size(); i++) {
            for (Map.Entry<String, Object> slot : state.devices().get(i).slots().entrySet()) {
                Object v = back.devices().get(i).slots().get(slot.getKey());
                if (slot.getValue() instanceof Double x) {
                    assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(((Number) v).doubleValue()), slot.getKey());
                    numbers++;
                }
            }
        }
        assertEquals(200 * 3, numbers, "kwh, voltage mean and current of 200 meters");
        assertTrue(state.toJson().contains("\"next_event_id\" : 2001"), "snake_case JSON");
        assertEquals(List.of("meter_id#0", "kwh_cumulative#0", "voltage_v#0", "current_a#0"), List.copyOf(state.devices().get(0).slots().keySet()));
    }

    @Test
    void conditionSharesFollowTheirMeanLengths() {
        Condition wear = DeviceProfiles.INDUSTRIAL_MACHINE.condition();
        assertEquals(10.0 / 320, wear.share("FAULT"), 1e-12);
        assertEquals(8.0 / 928, DeviceProfiles.CAR_OBD2.condition().share("FAULT"), 1e-12);
    }
}
