package clxs.yaml;

import clxs.industries.Industries;
import clxs.result.ReferentialIntegrity;
import clxs.result.RunResult;
import clxs.settings.DqProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.model.Udf;
import clxs.model.View;
import clxs.sql.Dialect;
import clxs.sql.PortableSql;
import clxs.support.Duck;
import clxs.engine.LocalEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example industry and the jbang init template, loaded from YAML, generate locally with intact keys and working views. */
class YamlIndustriesLocalTest {

    static final Path EXAMPLE = Paths.get("templates", "aerospace.yaml");
    static final Path TEMPLATE = Paths.get("templates", "clxs-yaml-industry.yaml.qute");

    @TempDir
    Path dir;

    @Test
    void theAerospaceExampleGeneratesWithIntactKeysWorkingViewsAndItsSeasons() {
        YamlIndustry loaded = Industries.readYaml(List.of(EXAMPLE)).get(0);
        Industry aero = loaded.industry();
        assertTrue(loaded.databricksOnly().isEmpty(), "the portable form runs everywhere");
        assertEquals(6, aero.tables().size());
        assertEquals(8, aero.foreignKeys().size());
        assertFalse(DemoCatalog.named("aero").industries(aero).plan().steps().isEmpty());

        RunResult r = DemoCatalog.named("aero").industries(aero).scale(0.01).seed(3).starSchema().dqProfile(DqProfile.CLEAN)
                .generate(LocalEngine.in(dir).quiet());
        assertTrue(r.succeeded(), r.toString());
        for (Table t : aero.tables()) assertEquals(t.rowsAt(0.01), r.rows("aerospace", t.name()), t.name());
        assertNoOrphans(r, aero.foreignKeys().size());

        try (Duck db = Duck.open(dir, "aero")) {
            assertViewsAndFunctionsWork(db, aero);
            assertTrue(db.longValue("SELECT count(*) FROM aerospace_gold.punctuality_by_month") >= 12, "a gold row per month");
            assertEquals(10_000, db.longValue("SELECT count(*) FROM aerospace_star.fct_flights"));
            assertEquals(4, db.longValue("SELECT count(*) FROM aerospace_star.dim_fare_class"));
            assertEquals(0, db.longValue("SELECT count(*) FROM aerospace.flights WHERE status <> 'DELAYED' AND status <> 'ON_TIME' AND delay_minutes <> 0"));
            assertEquals(0, db.longValue("SELECT count(*) FROM aerospace.bookings WHERE fare_amount < 39 OR fare_amount > 18000"));
            assertEquals(List.of("0", "1", "2", "3"), db.rows("SELECT DISTINCT checked_bags FROM aerospace.bookings ORDER BY 1").stream()
                    .map(row -> String.valueOf(row.get(0))).toList());
            double summer = monthlyAverage(db, "SELECT month(departure_date), count(*) FROM aerospace.flights GROUP BY 1", 6, 7, 8);
            double winter = monthlyAverage(db, "SELECT month(departure_date), count(*) FROM aerospace.flights GROUP BY 1", 12, 1, 2);
            assertTrue(summer > 1.5 * winter, "summer peak: " + summer + " vs " + winter);
            double maintenanceWinter = monthlyAverage(db, "SELECT month(event_date), count(*) FROM aerospace.maintenance_events GROUP BY 1", 12, 1, 2);
            double maintenanceSummer = monthlyAverage(db, "SELECT month(event_date), count(*) FROM aerospace.maintenance_events GROUP BY 1", 6, 7, 8);
            assertTrue(maintenanceWinter > 1.5 * maintenanceSummer, "the file's own winter_maintenance pattern: " + maintenanceWinter + " vs " + maintenanceSummer);
            double weekend = db.doubleValue("SELECT avg(CASE WHEN dayofweek(event_date) IN (0, 6) THEN 1.0 ELSE 0.0 END) FROM aerospace.maintenance_events");
            assertTrue(weekend > 0.08 && weekend < 0.16, "business_days weights put 0.8 of 6.8 on weekends (uniform: 2 of 7): " + weekend);
        }
    }

    @Test
    void theJbangInitTemplateIsAnIndustryThatGenerates() throws IOException {
        String rendered = Files.readString(TEMPLATE).replace("{industry}", "school_supplies").replace("{baseName}", "school")
                .replace("{|\n", "").replace("|}\n", "");
        assertFalse(rendered.contains("{|") || rendered.contains("|}") || rendered.contains("]}"), "Qute reads ]} as the end of unparsed text");
        Path file = Files.writeString(dir.resolve("school.yaml"), rendered);
        Industry school = Industries.fromYaml(file).get(0);
        assertEquals("school_supplies", school.name());
        RunResult r = DemoCatalog.named("school").industries(school).scale(0.01).seed(9).dqProfile(DqProfile.CLEAN).generate(LocalEngine.in(dir).quiet());
        assertTrue(r.succeeded(), r.toString());
        assertNoOrphans(r, 2);
        try (Duck db = Duck.open(dir, "school")) {
            assertViewsAndFunctionsWork(db, school);
            assertEquals(0, db.longValue("SELECT count(*) FROM school_supplies.orders o JOIN school_supplies.products p USING (product_id) "
                    + "WHERE o.product_name <> p.product_name OR o.unit_price <> p.unit_price"), "lookups copy the parent row's values");
        }
    }

    static void assertNoOrphans(RunResult r, int foreignKeys) {
        ReferentialIntegrity audit = r.referentialIntegrity();
        assertEquals(foreignKeys, audit.checksRun(), audit.toText());
        assertEquals(audit.checksRun(), audit.orphanFree(), audit.toText());
        assertTrue(audit.details().stream().allMatch(d -> d.childSampled() > 0), audit.toText());
    }

    static void assertViewsAndFunctionsWork(Duck db, Industry industry) {
        assertFalse(industry.views().isEmpty());
        for (View v : industry.views()) {
            assertTrue(db.longValue("SELECT count(*) FROM " + industry.name() + "." + v.name()) > 0, v.name() + " is empty");
        }
        for (Udf f : industry.udfs()) {
            assertFalse(f.examples().isEmpty(), f.name());
            for (Udf.Example ex : f.examples()) {
                String args = PortableSql.render(Dialect.DUCKDB, ex.arguments(), null, null);
                String expected = PortableSql.render(Dialect.DUCKDB, ex.expected(), null, null);
                List<Object> row = db.rows("SELECT " + industry.name() + "." + f.name() + "(" + args + "), " + expected).get(0);
                assertEquals(String.valueOf(row.get(1)), String.valueOf(row.get(0)), f.name() + "(" + ex.arguments() + ")");
            }
        }
    }

    private static double monthlyAverage(Duck db, String perMonth, int... months) {
        Map<Integer, Long> counts = new HashMap<>();
        for (List<Object> row : db.rows(perMonth)) counts.put(((Number) row.get(0)).intValue(), ((Number) row.get(1)).longValue());
        assertEquals(12, counts.size(), "every month has rows: " + counts);
        double sum = 0;
        for (int m : months) sum += counts.get(m);
        return sum / months.length;
    }
}
