package clxs.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state rules of the sensor and machine profiles hold over 10,000 events per device. */
class MachineProfilesTest {

    static final int DEVICES = 8;
    static final int PER_DEVICE = 10_000;

    /** 10,000 events for each of 8 devices: 8 ticks of 10,000 events. */
    static Events stream(DeviceProfile p) {
        return Events.of(StreamSettings.of(p).numDevices(DEVICES).eventsPerBatch(10_000).intervalSeconds(1).totalDurationSeconds(DEVICES).seed(7L));
    }

    static void everyDeviceHasItsEvents(Events e) {
        assertEquals(DEVICES, e.byDevice().size());
        e.byDevice().values().forEach(rows -> assertEquals(PER_DEVICE, rows.size()));
    }

    /** max - min over a device's events. */
    static double spread(Events e, List<Object[]> rows, String field) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (Object[] r : rows) {
            lo = Math.min(lo, e.num(r, field));
            hi = Math.max(hi, e.num(r, field));
        }
        return hi - lo;
    }

    @Test
    void genericSensorsVaryAroundTheirOwnBaseline() {
        Events e = stream(DeviceProfiles.GENERIC_SENSOR);
        everyDeviceHasItsEvents(e);
        Set<Double> means = new HashSet<>();
        for (List<Object[]> rows : e.byDevice().values()) {
            assertTrue(spread(e, rows, "temperature_c") <= 4.01, "temperature stays within ±2 of the device's mean");
            assertTrue(spread(e, rows, "temperature_c") > 2, "temperature varies");
            assertTrue(spread(e, rows, "humidity_pct") <= 10.1);
            assertTrue(spread(e, rows, "pressure_hpa") <= 6.1);
            assertTrue(spread(e, rows, "vibration_g") <= 0.201);
            double sum = 0;
            for (Object[] r : rows) {
                double h = e.num(r, "humidity_pct");
                assertTrue(h >= 0 && h <= 100);
                assertTrue(e.num(r, "vibration_g") >= 0);
                double t = e.num(r, "temperature_c");
                assertTrue(t >= 13 && t <= 32, "temperature " + t);
                sum += t;
            }
            means.add(Math.round(sum / rows.size() * 10) / 10.0);
        }
        assertTrue(means.size() >= DEVICES - 1, "devices have their own baselines: " + means);
    }

    @Test
    void machinesWearMonotonicallyAndDriftBeforeFaultCodes() {
        Events e = stream(DeviceProfiles.INDUSTRIAL_MACHINE);
        everyDeviceHasItsEvents(e);
        int episodes = 0;
        double beforeFault = 0, farFromFaults = 0;
        int far = 0;
        for (List<Object[]> rows : e.byDevice().values()) {
            double wear = e.num(rows.get(0), "tool_wear_pct");
            assertTrue(wear >= 0 && wear <= 30.01);
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                double w = e.num(r, "tool_wear_pct");
                if (i > 0) {
                    assertTrue(w >= wear && w - wear <= 0.0111, "wear only rises, by 0.001-0.01: " + wear + " -> " + w);
                    assertTrue(w == 100 || w - wear >= 0.0009, "wear rises every event below the cap");
                }
                assertTrue(w <= 100);
                wear = w;
                String code = e.text(r, "error_code");
                if (code != null) assertTrue(code.matches("E[1-9][0-9]"), code);
                if (code != null && i >= 5 && e.text(rows.get(i - 1), "error_code") == null) {
                    episodes++;
                    beforeFault += e.num(rows.get(i - 3), "coolant_temp_c");
                }
                if (i >= 100 && i + 100 < rows.size() && rows.subList(i - 100, i + 100).stream().allMatch(x -> e.text(x, "error_code") == null)) {
                    farFromFaults += e.num(r, "coolant_temp_c");
                    far++;
                }
            }
        }
        double errorShare = e.share(r -> e.value(r, "error_code") != null);
        assertTrue(errorShare > 0.015 && errorShare < 0.05, "about 3% of events carry an error code: " + errorShare);
        assertTrue(episodes >= 100, "faults come in episodes per device, " + episodes);
        assertTrue(far > 10_000, "most events are far from any fault");
        // features drift before the label: 3 events before a fault starts, coolant is well above its level far from faults
        double drift = beforeFault / episodes - farFromFaults / far;
        assertTrue(drift > 8, "coolant rises before a fault by " + drift);
    }

    @Test
    void carsWalkWithinBoundsAndDeriveRpmFromSpeed() {
        Events e = stream(DeviceProfiles.CAR_OBD2);
        everyDeviceHasItsEvents(e);
        Set<String> vins = new HashSet<>();
        Set<Object> vehicles = new HashSet<>();
        int refills = 0;
        for (List<Object[]> rows : e.byDevice().values()) {
            String vin = e.text(rows.get(0), "vehicle_vin");
            assertTrue(vin.matches("[A-HJ-NPR-Z0-9]{17}"), vin);
            vins.add(vin);
            vehicles.add(e.value(rows.get(0), "vehicle_id"));
            Object[] prev = null;
            for (Object[] r : rows) {
                assertEquals(vin, e.text(r, "vehicle_vin"));
                double speed = e.num(r, "speed_kmh");
                assertTrue(speed >= 0 && speed <= 140);
                assertTrue(Math.abs(e.num(r, "engine_rpm") - (800 + 30 * speed)) <= 100.5, "rpm = 800 + 30 × speed ±100");
                double lat = e.num(r, "lat"), lng = e.num(r, "lng");
                assertTrue(lat >= 37.70 && lat <= 37.81 && lng >= -122.51 && lng <= -122.37, "inside San Francisco");
                if (prev != null) {
                    assertTrue(Math.abs(speed - e.num(prev, "speed_kmh")) <= 5.05);
                    assertTrue(Math.abs(lat - e.num(prev, "lat")) <= 0.000501 && Math.abs(lng - e.num(prev, "lng")) <= 0.000501);
                    double fuel = e.num(r, "fuel_level_pct"), before = e.num(prev, "fuel_level_pct");
                    if (fuel > before) {
                        assertTrue(fuel >= 90 && before < 5.06, "fuel only rises when refilled: " + before + " -> " + fuel);
                        refills++;
                    } else {
                        assertTrue(before - fuel <= 0.0501);
                    }
                }
                String dtc = e.text(r, "dtc");
                if (dtc != null) assertTrue(Set.of("P0301", "P0420", "P0171", "P0128", "P0455").contains(dtc));
                prev = r;
            }
        }
        assertEquals(DEVICES, vins.size(), "each car has its own VIN");
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), vehicles, "car i is fleet vehicle i");
        assertTrue(refills > 0, "cars refuel");
        double dtcShare = e.share(r -> e.value(r, "dtc") != null);
        assertTrue(dtcShare > 0.004 && dtcShare < 0.02, "about 1% of events carry a trouble code: " + dtcShare);
    }

    @Test
    void smartMetersCountUpOnly() {
        Events e = stream(DeviceProfiles.SMART_METER);
        everyDeviceHasItsEvents(e);
        for (List<Object[]> rows : e.byDevice().values()) {
            double kwh = e.num(rows.get(0), "kwh_cumulative");
            assertTrue(kwh >= 1_000 && kwh <= 50_000.05);
            for (int i = 1; i < rows.size(); i++) {
                double next = e.num(rows.get(i), "kwh_cumulative");
                assertTrue(next >= kwh && next - kwh <= 0.0505, "the register rises 0.001-0.05 per event");
                kwh = next;
            }
            assertTrue(spread(e, rows, "voltage_v") <= 6.1);
            for (Object[] r : rows) {
                double a = e.num(r, "current_a"), pf = e.num(r, "power_factor");
                assertTrue(a >= 0.5 && a <= 25 && pf >= 0.85 && pf <= 1.0);
            }
        }
        assertEquals("meter-000001", e.rows.get(0)[1]);
    }

    @Test
    void windTurbinePowerFollowsWindAndRating() {
        Events e = stream(DeviceProfiles.WIND_TURBINE);
        everyDeviceHasItsEvents(e);
        for (List<Object[]> rows : e.byDevice().values()) {
            double rated = e.num(rows.get(0), "rated_power_kw");
            assertTrue(Set.of(1500.0, 2000.0, 2500.0, 3000.0).contains(rated));
            for (Object[] r : rows) {
                assertEquals(rated, e.num(r, "rated_power_kw"));
                double w = e.num(r, "wind_speed_ms");
                double expected = Math.floor(Math.min(rated, w * w * rated / 144) * 10 + 0.5) / 10;
                assertEquals(expected, e.num(r, "power_output_kw"), "power = min(rated, wind² × rated / 144), to 0.1");
                double rotor = e.num(r, "rotor_rpm");
                assertTrue(rotor <= 2.5 * w + 2.005 && rotor >= Math.max(0, 2.5 * w - 2.005), "rotor = 2.5 × wind ±2");
                double pitch = e.num(r, "pitch_deg");
                assertTrue(pitch >= -2 && pitch <= 90);
                if (w > 14) assertTrue(pitch > 0, "blades feather in strong wind");
                String f = e.text(r, "fault_code");
                if (f != null) assertTrue(Set.of("F101", "F202", "F305").contains(f));
            }
        }
        double faults = e.share(r -> e.value(r, "fault_code") != null);
        assertTrue(faults > 0.001 && faults < 0.012, "about 0.5% of events carry a fault code: " + faults);
        double hotBefore = e.rows.stream().filter(r -> e.value(r, "fault_code") != null).mapToDouble(r -> e.num(r, "gearbox_temp_c")).average().orElseThrow();
        double normal = e.rows.stream().filter(r -> e.value(r, "fault_code") == null).mapToDouble(r -> e.num(r, "gearbox_temp_c")).average().orElseThrow();
        assertNotEquals(0, faults);
        assertTrue(hotBefore > normal + 15, "gearboxes run hot in a fault: " + hotBefore + " vs " + normal);
    }
}
