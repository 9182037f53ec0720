package clxs.engine;

import clxs.result.RunResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import clxs.model.ForeignKey;
import clxs.model.Industry;
import clxs.model.Pools;
import clxs.model.Table;
import clxs.model.Udf;
import clxs.model.View;
import clxs.sql.Dialect;
import clxs.sql.PortableSql;
import clxs.support.Duck;
import clxs.support.SharedCatalogs;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Healthcare generated on the local DuckDB target: counts, integrity, views, functions, distributions. */
class HealthcareLocalTest {

    private static final Industry HC = Industries.HEALTHCARE;
    private static RunResult run;
    private static Duck db;

    @BeforeAll
    static void generate() {
        run = SharedCatalogs.healthcare();
        db = SharedCatalogs.openHealthcare();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyTableHasItsScaledRowCount() {
        for (Table t : HC.tables()) {
            long expected = t.rowsAt(SharedCatalogs.SCALE);
            assertEquals(expected, db.longValue("SELECT count(*) FROM healthcare." + t.name()), t.name());
            assertEquals(expected, run.rows("healthcare", t.name()), "summary rows of " + t.name());
        }
        assertEquals(397_000, run.totalRows());
        assertEquals(20, run.views().stream().filter(v -> v.startsWith("healthcare.")).count());
        assertEquals(24, run.udfs().size(), "20 industry functions and 4 access-policy functions");
    }

    @Test
    void primaryKeysAreUnique() {
        for (Table t : HC.tables()) {
            String pk = t.primaryKey().orElseThrow().name();
            assertEquals(0, db.longValue("SELECT count(*) - count(DISTINCT " + pk + ") FROM healthcare." + t.name()), t.name() + "." + pk);
        }
    }

    @TestFactory
    List<DynamicTest> everyForeignKeyValueExistsInItsParent() {
        return HC.foreignKeys().stream().map(fk -> DynamicTest.dynamicTest(fk.toString(), () -> {
            assertEquals(0, orphans(fk), "orphans in " + fk);
            assertTrue(db.longValue("SELECT count(" + fk.column() + ") FROM healthcare." + fk.table()) > 0, "no values in " + fk);
        })).toList();
    }

    private static long orphans(ForeignKey fk) {
        return db.longValue("SELECT count(*) FROM healthcare." + fk.table() + " c LEFT JOIN healthcare." + fk.parentTable() + " p ON p."
                + fk.parentColumn() + " = c." + fk.column() + " WHERE c." + fk.column() + " IS NOT NULL AND p." + fk.parentColumn() + " IS NULL");
    }

    @TestFactory
    List<DynamicTest> everyViewReturnsRows() {
        return HC.views().stream().map(v -> DynamicTest.dynamicTest(v.name(), () ->
                assertTrue(db.longValue("SELECT count(*) FROM healthcare." + v.name()) > 0, v.name() + " is empty"))).toList();
    }

    @TestFactory
    List<DynamicTest> everyFunctionGivesItsDocumentedResults() {
        return HC.udfs().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            assertTrue(!f.examples().isEmpty(), f.name() + " has no example");
            for (Udf.Example ex : f.examples()) {
                String args = PortableSql.render(Dialect.DUCKDB, ex.arguments(), null, null);
                String expected = PortableSql.render(Dialect.DUCKDB, ex.expected(), null, null);
                List<Object> r = db.rows("SELECT healthcare." + f.name() + "(" + args + "), " + expected).get(0);
                assertEquals(String.valueOf(r.get(1)), String.valueOf(r.get(0)), f.name() + "(" + ex.arguments() + ")");
            }
        })).toList();
    }

    @Test
    void functionsRunOverGeneratedColumns() {
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.providers WHERE NOT healthcare.is_valid_npi(npi)"));
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.diagnosis_codes WHERE healthcare.icd_category(code) <> category"));
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.diagnosis_codes WHERE healthcare.is_chronic(code) <> is_chronic"));
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.patients WHERE healthcare.mask_email(email) NOT LIKE '_***@%example.%'"));
    }

    @Test
    void winterMonthsAreOverRepresentedOnEventDates() {
        for (String[] col : new String[][] {{"claims", "submitted_date"}, {"encounters", "encounter_date"}, {"prescriptions", "fill_date"}}) {
            Map<Integer, Long> perMonth = db.rows("SELECT month(" + col[1] + "), count(*) FROM healthcare." + col[0] + " GROUP BY 1").stream()
                    .collect(Collectors.toMap(r -> ((Number) r.get(0)).intValue(), r -> ((Number) r.get(1)).longValue()));
            double average = perMonth.values().stream().mapToLong(Long::longValue).average().orElseThrow();
            double peak = (perMonth.get(12) + perMonth.get(1) + perMonth.get(2)) / 3.0;
            double summer = (perMonth.get(6) + perMonth.get(7) + perMonth.get(8)) / 3.0;
            assertTrue(peak >= 1.3 * average, col[0] + ": winter months average " + peak + " vs month average " + average);
            assertTrue(summer < 0.85 * average, col[0] + ": summer " + summer + " vs " + average);
        }
    }

    @Test
    void datesStayInsideTheWindow() {
        List<Object> r = db.rows("SELECT min(submitted_date), max(submitted_date) FROM healthcare.claims").get(0);
        assertEquals("2020-01-01", r.get(0).toString());
        assertTrue(r.get(1).toString().compareTo("2025-01-01") < 0, "the end date is the first day after the window: max " + r.get(1));
    }

    @Test
    void amountsAreSkewedNotUniform() {
        List<Object> r = db.rows("SELECT median(claim_amount), avg(claim_amount), min(claim_amount), max(claim_amount), "
                + "quantile_cont(claim_amount, 0.99) FROM healthcare.claims").get(0);
        double median = ((Number) r.get(0)).doubleValue();
        double mean = ((Number) r.get(1)).doubleValue();
        assertTrue(median > 180 && median < 300, "median " + median);
        assertTrue(mean > 1.3 * median, "a long right tail lifts the mean above the median: " + mean + " vs " + median);
        assertTrue(((Number) r.get(2)).doubleValue() >= 12 && ((Number) r.get(3)).doubleValue() <= 85_000);
        assertTrue(((Number) r.get(4)).doubleValue() > 6 * median, "p99 " + r.get(4));
    }

    @Test
    void statusesFollowTheirWeights() {
        Map<String, Double> share = db.rows("SELECT status, count(*) / sum(count(*)) OVER () FROM healthcare.claims GROUP BY status").stream()
                .collect(Collectors.toMap(r -> (String) r.get(0), r -> ((Number) r.get(1)).doubleValue()));
        // version history's first update paid half of the pending claims
        double pending = weight(HC.requireTable("claims").column("status").orElseThrow().gen(), "PENDING");
        assertTrue(pending > 0.03, "claims are drawn PENDING with weight " + pending);
        assertEquals(0.58 + pending / 2, share.get("PAID"), 0.01);
        assertEquals(pending / 2, share.get("PENDING"), 0.01);
        assertEquals(0.12, share.get("DENIED"), 0.01);
        assertEquals(0.03, share.get("VOID"), 0.005);
        assertEquals(7, share.size());
    }

    /** The share a weighted choice gives {@code value}. */
    private static double weight(clxs.model.Gen gen, String value) {
        clxs.model.Gen.Choice c = (clxs.model.Gen.Choice) gen;
        double total = c.weights().stream().mapToDouble(Double::doubleValue).sum();
        return c.weights().get(c.values().indexOf(value)) / total;
    }

    @Test
    void popularParentsGetMoreChildren() {
        double topDecile = db.doubleValue("SELECT count(*) FILTER (WHERE patient_id <= (SELECT count(*) FROM healthcare.patients) / 10) * 1.0 / count(*) "
                + "FROM healthcare.claims");
        assertTrue(topDecile > 0.15, "power-skewed keys: the first tenth of patients has " + topDecile + " of claims");
    }

    @Test
    void rowsAreConsistentWithinThemselves() {
        // a prescription's drug name is its drug code's name in the catalog
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.prescriptions rx JOIN healthcare.drug_catalog d ON d.drug_code = rx.drug_code "
                + "WHERE d.drug_name <> rx.drug_name"));
        // e-mails are built from the same row's names
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.patients WHERE email IS NOT NULL "
                + "AND NOT starts_with(email, lower(first_name) || '.' || lower(last_name))"));
        // first names match the gender
        Set<String> female = new HashSet<>(Pools.FEMALE_FIRST_NAMES);
        List<List<Object>> names = db.rows("SELECT DISTINCT gender, first_name FROM healthcare.patients");
        assertTrue(names.size() > 20, "too few names to judge: " + names.size());
        for (List<Object> r : names) {
            assertEquals(female.contains((String) r.get(1)) ? "F" : "M", r.get(0), "gender of " + r.get(1));
        }
        // city, state and zip prefix come from one place
        Set<String> places = Pools.US_CITIES.rows().stream().map(p -> p.get(0) + "|" + p.get(1) + "|" + p.get(2)).collect(Collectors.toSet());
        List<List<Object>> facilityPlaces = db.rows("SELECT DISTINCT city, state, substr(zip_code, 1, 3) FROM healthcare.facilities");
        assertTrue(facilityPlaces.size() > 10, "too few places to judge: " + facilityPlaces.size());
        for (List<Object> r : facilityPlaces) {
            assertTrue(places.contains(r.get(0) + "|" + r.get(1) + "|" + r.get(2)), "inconsistent place " + r);
        }
        // only hospitals, nursing facilities and surgery centres have beds
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.facilities WHERE (bed_count > 0) <> "
                + "(facility_type IN ('HOSPITAL', 'NURSING_FACILITY', 'SURGERY_CENTER'))"));
    }

    @Test
    void nullableColumnsHaveTheirNullRate() {
        double uninsured = db.doubleValue("SELECT count(*) FILTER (WHERE insurance_plan_id IS NULL) * 1.0 / count(*) FROM healthcare.patients");
        assertEquals(0.04, uninsured, 0.02);
    }

    @Test
    void tablesAndColumnsCarryComments() {
        Object tableComment = db.value("SELECT comment FROM duckdb_tables() WHERE schema_name = 'healthcare' AND table_name = 'claims'");
        assertEquals(HC.requireTable("claims").comment(), tableComment);
        assertEquals(0, db.longValue("SELECT count(*) FROM duckdb_columns() c JOIN duckdb_tables() t USING (database_name, schema_name, table_name) "
                + "WHERE c.schema_name = 'healthcare' AND c.comment IS NULL"));
        assertEquals(20, db.longValue("SELECT count(*) FROM duckdb_views() WHERE schema_name = 'healthcare' AND comment IS NOT NULL"));
    }

    @Test
    void viewNamesAndFunctionNamesMatchTheReference() {
        Set<String> views = HC.views().stream().map(View::name).collect(Collectors.toSet());
        assertTrue(views.containsAll(List.of("v_claim_summary", "v_patient_360", "v_vital_signs_latest", "v_billing_net")), views.toString());
        Set<String> macros = db.rows("SELECT function_name FROM duckdb_functions() WHERE schema_name = 'healthcare' AND function_type = 'macro'")
                .stream().map(r -> (String) r.get(0)).collect(Collectors.toSet());
        Set<String> expected = HC.udfs().stream().map(Udf::name).collect(Collectors.toSet());
        // and the access-policy functions for the masks and row filter
        expected.addAll(List.of("mask_pii_email", "mask_pii_phone", "mask_pii_name", "filter_by_state"));
        assertEquals(expected, macros);
    }
}
