package clxs.stream;

import static clxs.stream.MachineProfilesTest.DEVICES;
import static clxs.stream.MachineProfilesTest.everyDeviceHasItsEvents;
import static clxs.stream.MachineProfilesTest.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state rules of the people and transaction profiles hold over 10,000 events per device. */
class ActivityProfilesTest {

    @Test
    void wearablesCountUpAndAlertFromTheirReadings() {
        Events e = stream(DeviceProfiles.WEARABLE_HEALTH);
        everyDeviceHasItsEvents(e);
        for (List<Object[]> rows : e.byDevice().values()) {
            double steps = -1, calories = -1;
            Object patient = e.value(rows.get(0), "patient_id");
            for (Object[] r : rows) {
                double s = e.num(r, "steps_cumulative"), c = e.num(r, "calories_cumulative");
                if (steps >= 0) {
                    assertTrue(s >= steps && s - steps <= 30, "steps rise 0-30 per event");
                    assertTrue(c >= calories && c - calories <= 1.501, "calories rise 0-1.5 per event");
                }
                steps = s;
                calories = c;
                assertEquals(patient, e.value(r, "patient_id"));
                double hr = e.num(r, "heart_rate_bpm"), spo2 = e.num(r, "spo2_pct");
                assertTrue(spo2 >= 85 && spo2 <= 100);
                String expected = hr > 140 ? "high_hr" : spo2 < 92 ? "low_spo2" : null;
                assertEquals(expected, e.text(r, "alert"), "alert follows the readings");
            }
        }
        double alerts = e.share(r -> e.value(r, "alert") != null);
        assertTrue(alerts > 0.01 && alerts < 0.15, "alerts come with exertion episodes: " + alerts);
        assertTrue(e.count(r -> "low_spo2".equals(e.value(r, "alert"))) > 0 || e.count(r -> e.num(r, "spo2_pct") < 92) == 0);
    }

    @Test
    void posTerminalsStayInTheirStore() {
        Events e = stream(DeviceProfiles.POS_TERMINAL);
        everyDeviceHasItsEvents(e);
        Set<String> ids = new HashSet<>();
        for (List<Object[]> rows : e.byDevice().values()) {
            String store = e.text(rows.get(0), "store_id");
            assertTrue(store.matches("store-00(0[1-9]|[1-4][0-9]|50)"), store);
            for (Object[] r : rows) {
                assertEquals(store, e.text(r, "store_id"), "a terminal stays in its store");
                assertEquals(String.format("T-%012d", (Long) r[0]), e.text(r, "transaction_id"));
                ids.add(e.text(r, "transaction_id"));
                double amount = e.num(r, "amount_usd");
                assertTrue(amount >= 2.5 && amount <= 250);
                double items = e.num(r, "items");
                assertTrue(items >= 1 && items <= 12);
                assertTrue(Set.of("card", "contactless", "mobile", "cash").contains(e.text(r, "payment_method")));
            }
        }
        assertEquals(e.rows.size(), ids.size(), "transaction ids are unique");
        double declined = e.share(r -> "declined".equals(e.value(r, "status")));
        assertEquals(1.0 / 7, declined, 0.01, "1 in 7 declined");
        assertEquals(0.45, e.share(r -> "card".equals(e.value(r, "payment_method"))), 0.02);
    }

    @Test
    void atmAmountsFollowTheTypeAndFraudComesInEpisodes() {
        Events e = stream(DeviceProfiles.ATM_TRANSACTION);
        everyDeviceHasItsEvents(e);
        Set<Double> notes = Set.of(20.0, 40.0, 60.0, 100.0, 200.0, 500.0);
        int fraud = 0, fraudFollowedByFraud = 0;
        double retriesBefore = 0;
        int episodes = 0;
        for (List<Object[]> rows : e.byDevice().values()) {
            double lat = e.num(rows.get(0), "lat"), lng = e.num(rows.get(0), "lng");
            assertTrue(lat >= 40.70 && lat <= 40.80 && lng >= -74.02 && lng <= -73.93, "in New York");
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                assertEquals(lat, e.num(r, "lat"));
                assertEquals(lng, e.num(r, "lng"));
                assertTrue(e.text(r, "account_id").matches("acct-0[0-4]\\d{4}|acct-050000"));
                double amount = e.num(r, "amount_usd");
                switch (e.text(r, "transaction_type")) {
                    case "withdrawal" -> assertTrue(notes.contains(amount), "withdrawals are in notes: " + amount);
                    case "deposit" -> assertTrue(amount >= 50 && amount <= 2_000);
                    case "balance_inquiry" -> assertEquals(0.0, amount);
                    default -> throw new AssertionError(e.text(r, "transaction_type"));
                }
                boolean flagged = (Boolean) e.value(r, "is_fraud_suspected");
                if (flagged && i + 1 < rows.size()) {
                    fraud++;
                    if ((Boolean) e.value(rows.get(i + 1), "is_fraud_suspected")) fraudFollowedByFraud++;
                }
                if (flagged && i >= 5 && !(Boolean) e.value(rows.get(i - 1), "is_fraud_suspected")) {
                    episodes++;
                    for (int k = 1; k <= 5; k++) retriesBefore += e.num(rows.get(i - k), "card_read_retries");
                }
            }
        }
        double share = e.share(r -> (Boolean) e.value(r, "is_fraud_suspected"));
        assertTrue(share > 0.003 && share < 0.02, "about 0.8% suspected fraud: " + share);
        assertTrue((double) fraudFollowedByFraud / fraud > 0.6, "fraud flags follow the ATM's state, not coin flips");
        double retriesNormally = e.rows.stream().mapToDouble(r -> e.num(r, "card_read_retries")).average().orElseThrow();
        assertTrue(retriesBefore / (5.0 * episodes) > retriesNormally * 5, "card read retries rise before fraud is flagged");
        assertEquals(0.6, e.share(r -> "withdrawal".equals(e.value(r, "transaction_type"))), 0.02);
    }

    @Test
    void serverStatusFollowsCpuAndMemory() {
        Events e = stream(DeviceProfiles.SERVER_METRICS);
        everyDeviceHasItsEvents(e);
        for (List<Object[]> rows : e.byDevice().values()) {
            double total = e.num(rows.get(0), "mem_total_gb");
            assertTrue(Set.of(16.0, 32.0, 64.0, 128.0).contains(total));
            for (Object[] r : rows) {
                assertEquals(total, e.num(r, "mem_total_gb"));
                double cpu = e.num(r, "cpu_pct"), mem = e.num(r, "mem_used_gb");
                assertTrue(cpu >= 0 && cpu <= 100 && mem >= 0 && mem <= total);
                double disk = e.num(r, "disk_used_pct");
                assertTrue(disk >= 20 && disk <= 92);
                assertTrue(e.num(r, "net_in_mbps") <= 950 && e.num(r, "net_out_mbps") <= 950);
                String expected = cpu > 90 || mem / total > 0.95 ? "critical" : cpu > 75 ? "warning" : "ok";
                assertEquals(expected, e.text(r, "status"));
            }
        }
        double ok = e.share(r -> "ok".equals(e.value(r, "status")));
        assertTrue(ok > 0.8 && ok < 0.99, "hosts are mostly ok: " + ok);
        assertTrue(e.count(r -> "critical".equals(e.value(r, "status"))) > 0);
    }

    @Test
    void clickstreamSessionsRotateEvery30EventsWithStickyDevices() {
        Events e = stream(DeviceProfiles.CLICKSTREAM);
        everyDeviceHasItsEvents(e);
        Set<String> sessions = new HashSet<>();
        for (List<Object[]> rows : e.byDevice().values()) {
            String agent = e.text(rows.get(0), "user_agent");
            String device = e.text(rows.get(0), "device_type");
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                assertEquals(agent, e.text(r, "user_agent"));
                assertEquals(device, e.text(r, "device_type"));
                String s = e.text(r, "session_id");
                assertTrue(s.matches("s-[0-9a-f]{16}"), s);
                if (i % 30 == 0) assertTrue(sessions.add(s), "a new session every 30 events");
                else assertEquals(e.text(rows.get(i - 1), "session_id"), s, "a session lasts 30 events");
            }
            String expected = agent.contains("iPhone") || agent.contains("Android") ? "mobile" : agent.contains("iPad") ? "tablet" : "desktop";
            assertEquals(expected, device);
        }
        assertEquals(DEVICES * ((10_000 + 29) / 30), sessions.size(), "every session id is new");
        Map<String, Double> weights = Map.of("page_view", 0.60, "click", 0.25, "scroll", 0.10, "submit", 0.04, "purchase", 0.01);
        weights.forEach((type, w) -> assertEquals(w, e.share(r -> type.equals(e.value(r, "event_type"))), 0.01, type));
        assertEquals(9, e.rows.stream().map(r -> e.value(r, "page_url")).distinct().count());
        assertEquals(5, e.rows.stream().map(r -> e.value(r, "referrer")).distinct().count());
    }

    @Test
    void stickyUserAgentsFollowTheirWeightsAcrossUsers() {
        Events e = Events.of(StreamSettings.of(DeviceProfiles.CLICKSTREAM).numDevices(5_000).eventsPerBatch(5_000).totalDurationSeconds(5).seed(3L));
        Map<String, Integer> perUser = new HashMap<>();
        for (List<Object[]> rows : e.byDevice().values()) perUser.merge(e.text(rows.get(0), "device_type"), 1, Integer::sum);
        assertNotNull(perUser.get("tablet"));
        assertEquals(0.40, perUser.get("mobile") / 5_000.0, 0.03, "iPhone 25 + Android 15 of 100");
        assertEquals(0.10, perUser.get("tablet") / 5_000.0, 0.02);
        assertEquals(0.50, perUser.get("desktop") / 5_000.0, 0.03);
    }
}
