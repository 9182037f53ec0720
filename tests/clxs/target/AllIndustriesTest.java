package clxs.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
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
    List<DynamicTest> databricksSqlRendersForEveryIndustry() {
        return Industries.all().stream().map(i -> DynamicTest.dynamicTest(i.name(), () -> {
            String sql = DemoCatalog.named("demo").industries(i).scale(0.01).seed(1).sql(Dialect.DATABRICKS);
            assertTrue(sql.contains("CREATE SCHEMA IF NOT EXISTS `demo`.`" + i.name() + "`"), i.name());
            assertTrue(sql.contains("FROM range(1, "), i.name());
            assertTrue(!sql.contains("{{") && !sql.contains("}}"), i.name() + ": unrendered portable marker");
            assertEquals(20, sql.lines().filter(l -> l.startsWith("CREATE OR REPLACE VIEW `demo`.`" + i.name() + "`")).count());
            assertEquals(20, sql.lines().filter(l -> l.startsWith("CREATE OR REPLACE FUNCTION `demo`.`" + i.name() + "`")).count());
        })).toList();
    }
}
