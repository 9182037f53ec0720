package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.model.Pools;
import clxs.support.Duck;
import clxs.support.SharedCatalogs;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Values that must agree within a row, across the industries: totals from their parts, ends after
 * starts, odometers that only go up, and places taken whole from one pool entry. Each rule names a
 * table and the rows breaking it; the table must hold rows, so an empty table cannot pass.
 */
class RowConsistencyTest {

    private static Duck db;

    @BeforeAll
    static void open() {
        SharedCatalogs.allIndustries();
        db = SharedCatalogs.openAllIndustries();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    record Rule(String name, String table, String violations) {}

    private static final List<Rule> RULES = List.of(
            new Rule("retail line total = quantity x unit price - discount", "retail.order_items",
                    "abs(total - (quantity * unit_price - discount)) > 0.005 OR discount < 0 OR discount > quantity * unit_price"),
            new Rule("manufacturing order total = quantity x unit price", "manufacturing.purchase_orders",
                    "abs(total - round(quantity * unit_price, 2)) > 0.005"),
            new Rule("retail promotions end after they start", "retail.promotions", "end_date < start_date"),
            new Rule("telecom sessions end after they start", "telecom.data_usage", "session_end < session_start"),
            new Rule("telecom contracts end after activation", "telecom.subscribers", "contract_end <= activation_date"),
            new Rule("telecom promotions end after they start", "telecom.promotions_telecom", "end_date <= start_date"),
            new Rule("education grants end after they start", "education.research_grants", "end_date <= start_date"),
            new Rule("education permits end after they start", "education.parking_permits", "end_date <= start_date"),
            new Rule("insurance payment periods end after they start", "insurance.payments_ins", "period_end <= period_start"),
            new Rule("insurance catastrophes end on or after they start", "insurance.catastrophe_events", "end_date < start_date"),
            new Rule("real estate leases end after they start", "real_estate.leases", "end_date <= start_date"));

    @TestFactory
    List<DynamicTest> rowsKeepTheirRules() {
        return RULES.stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            assertTrue(db.longValue("SELECT count(*) FROM " + r.table()) > 0, r.table() + " is empty");
            assertEquals(0, db.longValue("SELECT count(*) FROM " + r.table() + " WHERE " + r.violations()),
                    r.name() + ": rows of " + r.table() + " where " + r.violations());
        })).toList();
    }

    @Test
    void odometersNeverGoBackwardsForAVehicle() {
        assertTrue(db.longValue("SELECT count(DISTINCT vehicle_id) FROM logistics.fleet_telemetry") > 1);
        assertEquals(0, db.longValue("""
                SELECT count(*) FROM (
                  SELECT odometer_miles - lag(odometer_miles) OVER (PARTITION BY vehicle_id ORDER BY timestamp_utc) AS delta
                  FROM logistics.fleet_telemetry)
                WHERE delta < 0"""));
    }

    @Test
    void everyAddressIsOnePlaceWholeAcrossIndustries() {
        Set<String> places = Pools.US_CITIES.rows().stream().map(p -> p.get(0) + "|" + p.get(1)).collect(Collectors.toSet());
        List<List<Object>> pairs = db.rows("""
                SELECT DISTINCT city, state FROM retail.customers
                UNION SELECT DISTINCT city, state FROM insurance.policyholders
                UNION SELECT DISTINCT city, state FROM healthcare.facilities""");
        assertTrue(pairs.size() > 10, "too few places to judge: " + pairs.size());
        for (List<Object> p : pairs) {
            assertTrue(places.contains(p.get(0) + "|" + p.get(1)), "a city in the wrong state: " + p);
        }
        Set<String> zips = Pools.US_CITIES.rows().stream().map(p -> p.get(0) + "|" + p.get(2)).collect(Collectors.toSet());
        List<List<Object>> cityZips = db.rows("SELECT DISTINCT city, substr(zip, 1, 3) FROM retail.customers");
        assertTrue(cityZips.size() > 10, "too few zip codes to judge: " + cityZips.size());
        for (List<Object> p : cityZips) {
            assertTrue(zips.contains(p.get(0) + "|" + p.get(1)), "a zip code from another city: " + p);
        }
    }
}
