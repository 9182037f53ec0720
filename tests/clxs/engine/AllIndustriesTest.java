package clxs.engine;

import clxs.result.ReferentialIntegrity;
import clxs.result.RunResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.CrossIndustry;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.model.Udf;
import clxs.model.View;
import clxs.sql.Dialect;
import clxs.sql.PortableSql;
import clxs.support.Duck;
import clxs.support.SharedCatalogs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every industry, generated together at a tiny scale: every table, view and function exists and works. */
class AllIndustriesTest {

    private static RunResult run;
    private static Duck db;

    @BeforeAll
    static void generate() {
        run = SharedCatalogs.allIndustries();
        db = SharedCatalogs.openAllIndustries();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyIndustryHasTwentyTablesViewsAndFunctionsInTheReferenceShape() {
        for (Industry i : Industries.all()) {
            assertEquals(20, i.tables().size(), i.name() + " tables");
            assertEquals(20, i.views().size(), i.name() + " views");
            assertEquals(20, i.udfs().size(), i.name() + " functions");
            List<Table> t = i.tables();
            assertTrue(t.get(0).rows() == 100_000_000 && t.get(1).rows() == 50_000_000 && t.get(2).rows() == 30_000_000, i.name() + ": 3 large facts");
            assertEquals(5, t.stream().filter(x -> x.role() == Table.Role.FACT).count(), i.name() + ": 3 large and 2 medium facts");
            assertEquals(5, t.stream().filter(x -> x.role() == Table.Role.DIMENSION).count(), i.name() + ": 5 dimensions");
            assertEquals(10, t.stream().filter(x -> x.role() == Table.Role.LOOKUP).count(), i.name() + ": 10 lookups");
        }
    }

    @Test
    void theRunCreatedEveryObjectWithItsRows() {
        for (Industry i : Industries.all()) {
            for (Table t : i.tables()) assertEquals(t.rowsAt(SharedCatalogs.ALL_SCALE), run.rows(i.name(), t.name()), i.name() + "." + t.name());
        }
        long views = Industries.all().stream().mapToLong(i -> i.views().size()).sum();
        assertTrue(run.views().size() >= views, "industry views missing: " + run.views().size());
    }

    @TestFactory
    List<DynamicContainer> everyViewReturnsRows() {
        List<DynamicContainer> out = new ArrayList<>();
        for (Industry i : Industries.all()) {
            out.add(DynamicContainer.dynamicContainer(i.name(), i.views().stream().map((View v) -> DynamicTest.dynamicTest(v.name(), () ->
                    assertTrue(db.longValue("SELECT count(*) FROM " + i.name() + "." + v.name()) > 0, i.name() + "." + v.name() + " is empty")))));
        }
        return out;
    }

    @TestFactory
    List<DynamicContainer> everyFunctionGivesItsDocumentedResults() {
        List<DynamicContainer> out = new ArrayList<>();
        for (Industry i : Industries.all()) {
            out.add(DynamicContainer.dynamicContainer(i.name(), i.udfs().stream().map((Udf f) -> DynamicTest.dynamicTest(f.name(), () -> {
                assertTrue(!f.examples().isEmpty(), f.name() + " has no example");
                for (Udf.Example ex : f.examples()) {
                    String args = PortableSql.render(Dialect.DUCKDB, ex.arguments(), null, null);
                    String expected = PortableSql.render(Dialect.DUCKDB, ex.expected(), null, null);
                    List<Object> r = db.rows("SELECT " + i.name() + "." + f.name() + "(" + args + "), " + expected).get(0);
                    assertEquals(String.valueOf(r.get(1)), String.valueOf(r.get(0)), i.name() + "." + f.name() + "(" + ex.arguments() + ")");
                }
            }))));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> primaryKeysAreUnique() {
        List<DynamicTest> out = new ArrayList<>();
        for (Industry i : Industries.all()) {
            for (Table t : i.tables()) {
                String pk = t.primaryKey().orElseThrow(() -> new AssertionError(i.name() + "." + t.name() + " has no key")).name();
                out.add(DynamicTest.dynamicTest(i.name() + "." + t.name(), () ->
                        assertEquals(0, db.longValue("SELECT count(*) - count(DISTINCT " + pk + ") FROM " + i.name() + "." + t.name()))));
            }
        }
        return out;
    }

    @Test
    void theAuditRanForEveryForeignKeyAndFoundNoOrphans() {
        ReferentialIntegrity audit = run.referentialIntegrity();
        assertNotNull(audit);
        long declared = Industries.all().stream().mapToLong(i -> i.foreignKeys().size()).sum();
        assertEquals(declared, audit.checksRun());
        assertEquals(audit.checksRun(), audit.orphanFree(), audit.toText());
        assertTrue(audit.details().stream().allMatch(d -> d.childSampled() > 0), audit.toText());
    }

    @TestFactory
    List<DynamicTest> everyCrossIndustryViewReturnsRows() {
        assertEquals(5, CrossIndustry.VIEWS.size());
        return CrossIndustry.VIEWS.stream().map(v -> DynamicTest.dynamicTest(v.view().name(), () ->
                assertTrue(db.longValue("SELECT count(*) FROM cross_industry." + v.view().name()) > 0, v.view().name() + " is empty"))).toList();
    }

    @Test
    void theDataCatalogListsEveryTableAndThePersonalData() {
        long industryTables = Industries.all().stream().mapToLong(i -> i.tables().size()).sum();
        assertEquals(industryTables, db.longValue("SELECT count(*) FROM data_catalog.table_inventory WHERE table_type = 'TABLE'"));
        assertEquals(0, db.longValue("SELECT count(*) FROM data_catalog.table_inventory WHERE table_type = 'TABLE' AND column_count = 0"));
        assertTrue(db.longValue("SELECT count(*) FROM data_catalog.column_inventory WHERE table_schema = 'healthcare' AND table_name = 'claims'") == 10);
        assertEquals(10, db.longValue("SELECT tables / 2 FROM data_catalog.schema_summary WHERE table_schema = 'healthcare'"));
        assertEquals("pii_high", db.value("SELECT data_classification FROM data_catalog.pii_columns WHERE table_schema = 'financial' "
                + "AND table_name = 'customers' AND column_name = 'ssn_hash'"));
        assertEquals("EMAIL", db.value("SELECT pii_type FROM data_catalog.pii_columns WHERE table_schema = 'healthcare' "
                + "AND table_name = 'patients' AND column_name = 'email'"));
        assertEquals(0, db.longValue("SELECT count(*) FROM data_catalog.pii_columns WHERE table_name = 'merchants' AND pii_type = 'NAME'"),
                "a merchant's name is not personal data");
    }

    /** The seasonal industries peak where their calendar says: the peak months average at least 1.3 times the other months. */
    @TestFactory
    List<DynamicTest> seasonalIndustriesPeakInTheirSeason() {
        record Season(String table, String column, int[] peakMonths) {}
        java.util.Map<String, Season> seasons = new java.util.LinkedHashMap<>();
        seasons.put("healthcare", new Season("claims", "submitted_date", new int[] {12, 1, 2}));
        seasons.put("retail", new Season("order_items", "shipped_date", new int[] {11, 12}));
        seasons.put("energy", new Season("meter_readings", "reading_timestamp", new int[] {6, 7, 8}));
        seasons.put("education", new Season("enrollments", "enrollment_date", new int[] {9, 10}));
        seasons.put("insurance", new Season("policies", "effective_date", new int[] {3, 4, 5}));
        return seasons.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Season s = e.getValue();
            java.util.Map<Integer, Long> perMonth = new java.util.HashMap<>();
            for (List<Object> r : db.rows("SELECT month(" + s.column() + "), count(*) FROM " + e.getKey() + "." + s.table() + " GROUP BY 1")) {
                perMonth.put(((Number) r.get(0)).intValue(), ((Number) r.get(1)).longValue());
            }
            java.util.Set<Integer> peak = java.util.Arrays.stream(s.peakMonths()).boxed().collect(java.util.stream.Collectors.toSet());
            double inSeason = perMonth.entrySet().stream().filter(m -> peak.contains(m.getKey())).mapToLong(m -> m.getValue()).average().orElseThrow();
            double offSeason = perMonth.entrySet().stream().filter(m -> !peak.contains(m.getKey())).mapToLong(m -> m.getValue()).average().orElseThrow();
            assertEquals(12, perMonth.size(), e.getKey() + ": every month has rows");
            assertTrue(inSeason >= 1.3 * offSeason, e.getKey() + ": peak months average " + inSeason + " vs other months " + offSeason);
        })).toList();
    }

    @TestFactory
    List<DynamicTest> databricksSqlRendersForEveryIndustry() {
        return Industries.all().stream().map(i -> DynamicTest.dynamicTest(i.name(), () -> {
            String sql = DemoCatalog.named("demo").industries(i).scale(0.01).seed(1).sql(Dialect.DATABRICKS);
            assertTrue(sql.contains("CREATE SCHEMA IF NOT EXISTS `demo`.`" + i.name() + "`"), i.name());
            assertTrue(sql.contains("FROM range(1, "), i.name());
            assertTrue(!sql.contains("{{") && !sql.contains("}}"), i.name() + ": unrendered portable marker");
            assertEquals(20, sql.lines().filter(l -> l.startsWith("CREATE OR REPLACE VIEW `demo`.`" + i.name() + "`")).count());
            for (Udf u : i.udfs()) {
                assertTrue(sql.contains("CREATE OR REPLACE FUNCTION `demo`.`" + i.name() + "`.`" + u.name() + "`"), i.name() + "." + u.name());
            }
            assertTrue(sql.lines().filter(l -> l.startsWith("CREATE OR REPLACE FUNCTION `demo`.`" + i.name() + "`")).count() > 20,
                    i.name() + ": the access-policy functions too");
        })).toList();
    }
}
