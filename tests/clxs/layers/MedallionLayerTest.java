package clxs.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.model.View;
import clxs.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Bronze, silver and gold of every industry, generated locally with the default data-quality issues. */
class MedallionLayerTest extends LayeredCatalogTest {

    private static List<Table> facts(Industry i) {
        return i.tables().stream().filter(t -> t.role() == Table.Role.FACT).toList();
    }

    @Test
    void everyIndustryHasFiveBronzeTablesFiveSilverViewsAndItsGoldViews() {
        assertEquals(50, run.medallion().bronzeTables());
        assertEquals(50, run.medallion().silverViews());
        assertEquals(Industries.all().stream().mapToInt(i -> i.gold().size()).sum(), run.medallion().goldViews());
        for (Industry i : Industries.all()) {
            assertTrue(i.gold().size() >= 4 && i.gold().size() <= 5, i.name() + " has " + i.gold().size() + " gold views");
            assertEquals(List.of(i.name() + "_bronze", i.name() + "_silver", i.name() + "_gold"),
                    run.medallion().schemas().stream().filter(s -> s.startsWith(i.name() + "_")).toList());
        }
    }

    /** The headline's rows are the industry tables'; bronze and the star facts copy rows, so it names every table's total too. */
    @Test
    void theHeadlineCountsTheIndustryRowsAndEveryTablesRows() {
        long industryTables = run.tables().stream().filter(t -> run.industries().contains(t.schema())).mapToLong(RunResult.TableRows::rows).sum();
        long everyTable = run.tables().stream().mapToLong(RunResult.TableRows::rows).sum();
        assertEquals(industryTables, run.totalRows());
        assertTrue(everyTable > industryTables, everyTable + " rows in every table");
        assertTrue(run.toString().contains(String.format(" %,d rows (%,d in every table, with the layers' copies) in ", industryTables, everyTable)),
                run.toString());
    }

    /** Bronze holds a tenth (within one percentage point) of each source table, keys that exist in the source, and its metadata. */
    @TestFactory
    List<DynamicTest> bronzeIsATenthOfItsSourceWithIngestionMetadata() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Industry i : Industries.all()) {
            for (Table t : facts(i)) {
                String bronze = i.name() + "_bronze." + t.name();
                String key = t.primaryKey().orElseThrow().name();
                tests.add(DynamicTest.dynamicTest(bronze, () -> {
                    double source = db.longValue("SELECT count(*) FROM " + i.name() + "." + t.name());
                    double landed = db.longValue("SELECT count(*) FROM " + bronze);
                    assertEquals(0.10, landed / source, 0.01, bronze + ": " + landed + " of " + source);
                    assertEquals(0, db.longValue("SELECT count(*) FROM " + bronze + " b WHERE NOT EXISTS (SELECT 1 FROM " + i.name() + "." + t.name()
                            + " s WHERE s." + key + " = b." + key + ")"), "every bronze row comes from the source");
                    assertEquals(0, db.longValue("SELECT count(*) FROM " + bronze + " WHERE _ingested_at IS NULL OR _raw_id IS NULL "
                            + "OR NOT starts_with(_source_file, 's3://clxs-landing/" + i.name() + "/" + t.name() + "/')"), bronze + " metadata");
                    if (t.dateColumn() != null) {
                        assertEquals(0, db.longValue("SELECT count(*) FROM " + bronze + " WHERE _ingested_at < CAST(" + t.dateColumn() + " AS TIMESTAMP)"),
                                "data lands after its event");
                        // the sample takes the first tenth of the keys: it must still span the source's years, not just its first months
                        if (landed >= 100) {
                            String years = "SELECT count(DISTINCT year(" + t.dateColumn() + ")) FROM ";
                            assertEquals(db.longValue(years + i.name() + "." + t.name()), db.longValue(years + bronze), bronze + " spans the source's years");
                        }
                    }
                }));
            }
        }
        return tests;
    }

    /** Silver drops the metadata and the re-delivered rows: no underscore columns, one row per key. */
    @TestFactory
    List<DynamicTest> silverIsCleanBronze() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Industry i : Industries.all()) {
            for (Table t : facts(i)) {
                String silver = i.name() + "_silver." + t.name();
                String key = t.primaryKey().orElseThrow().name();
                tests.add(DynamicTest.dynamicTest(silver, () -> {
                    List<String> columns = db.rows("SELECT column_name FROM information_schema.columns WHERE table_catalog = 'layers' AND table_schema = '"
                            + i.name() + "_silver' AND table_name = '" + t.name() + "' ORDER BY ordinal_position").stream().map(r -> (String) r.get(0)).toList();
                    assertEquals(t.columns().stream().map(c -> c.name()).toList(), columns);
                    assertTrue(columns.stream().noneMatch(c -> c.startsWith("_")), columns.toString());
                    long rows = db.longValue("SELECT count(*) FROM " + silver);
                    assertTrue(rows > 0, silver + " is empty");
                    assertEquals(rows, db.longValue("SELECT count(DISTINCT " + key + ") FROM " + silver), silver + " has one row per key");
                    assertEquals(db.longValue("SELECT count(DISTINCT " + key + ") FROM " + i.name() + "_bronze." + t.name()), rows,
                            "silver keeps every key bronze landed");
                }));
            }
        }
        return tests;
    }

    @Test
    void bronzeLandedTheDuplicatesThatSilverRemoves() {
        long duplicated = 0;
        for (Industry i : Industries.all()) {
            for (Table t : facts(i)) {
                duplicated += db.longValue("SELECT count(*) - count(DISTINCT _raw_id) FROM " + i.name() + "_bronze." + t.name());
            }
        }
        assertTrue(duplicated > 0, "some duplicated source rows landed in bronze");
    }

    @TestFactory
    List<DynamicTest> everyGoldViewReturnsRows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Industry i : Industries.all()) {
            for (View v : i.gold()) {
                tests.add(DynamicTest.dynamicTest(i.name() + "_gold." + v.name(), () ->
                        assertTrue(db.longValue("SELECT count(*) FROM " + i.name() + "_gold." + v.name()) > 0, v.name() + " is empty")));
            }
        }
        return tests;
    }
}
