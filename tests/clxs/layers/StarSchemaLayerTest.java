package clxs.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.StarSchema;
import clxs.model.Table;
import clxs.support.SharedCatalogs;
import clxs.result.LayerSummaries;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The star-schema overlay of every industry, generated locally. */
class StarSchemaLayerTest extends LayeredCatalogTest {

    @Test
    void theSummaryCountsFactsAndDimensionsPerIndustry() {
        LayerSummaries.StarSchema s = run.starSchema();
        assertEquals(Industries.all().stream().map(Industry::name).toList(), s.industries());
        assertEquals(Industries.all().stream().map(i -> i.name() + "_star").toList(), s.schemasCreated());
        assertEquals(30, s.factsCreated());
        for (LayerSummaries.StarIndustry per : s.perIndustry()) {
            Industry i = Industries.byName(per.industry()).orElseThrow();
            assertEquals(3, per.factsCreated(), per.industry());
            assertEquals(i.star().dimensions().size() + 1, per.dimsCreated(), per.industry() + ": its dimensions and dim_date");
            assertTrue(!per.schemaOnly());
        }
        assertEquals(s.perIndustry().stream().mapToInt(LayerSummaries.StarIndustry::dimsCreated).sum(), s.dimsCreated());
        assertTrue(run.toJson().contains("\"star_schema\"") && run.toJson().contains("\"data_model\" : \"star_schema\""));
    }

    @Test
    void dimDateCoversEveryDayOfTheWindowWithItsCalendarAttributes() {
        // the window ends the day before the end date
        long days = ChronoUnit.DAYS.between(SharedCatalogs.LAYERED.settings().startDate(), SharedCatalogs.LAYERED.settings().endDate());
        for (Industry i : Industries.all()) {
            String dim = i.name() + "_star.dim_date";
            assertEquals(days, db.longValue("SELECT count(DISTINCT date_key) FROM " + dim), dim);
            assertEquals(days, db.longValue("SELECT count(*) FROM " + dim), dim);
            assertEquals(SharedCatalogs.LAYERED.settings().startDate().toString(), db.value("SELECT CAST(min(date_key) AS VARCHAR) FROM " + dim));
            assertEquals(SharedCatalogs.LAYERED.settings().lastDay().toString(), db.value("SELECT CAST(max(date_key) AS VARCHAR) FROM " + dim));
        }
        String dim = "healthcare_star.dim_date";
        assertEquals(0, db.longValue("SELECT count(*) FROM " + dim + " WHERE year <> year(date_key) OR quarter <> quarter(date_key) "
                + "OR month <> month(date_key) OR day_of_month <> day(date_key) OR week <> weekofyear(date_key) "
                + "OR day_name <> dayname(date_key) OR month_name <> monthname(date_key) OR is_weekend <> (dayofweek(date_key) IN (0, 6))"));
        assertEquals(List.of(List.of("Wednesday", "January", false)), db.rows("SELECT day_name, month_name, is_weekend FROM " + dim
                + " WHERE date_key = DATE '2020-01-01'"));
    }

    /** Each conformed or derived dimension has one row per business key and surrogate keys 1..n. */
    @TestFactory
    List<DynamicTest> dimensionsHaveOneRowPerKeyAndDenseSurrogateKeys() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Industry i : Industries.all()) {
            for (StarSchema.Dimension d : i.star().dimensions()) {
                String dim = i.name() + "_star." + d.name();
                String key = d instanceof StarSchema.Conformed c ? i.requireTable(c.table()).primaryKey().orElseThrow().name() : ((StarSchema.Derived) d).column();
                tests.add(DynamicTest.dynamicTest(dim, () -> {
                    long rows = db.longValue("SELECT count(*) FROM " + dim);
                    assertTrue(rows > 0, dim + " is empty");
                    assertEquals(rows, db.longValue("SELECT count(DISTINCT " + key + ") FROM " + dim), dim + ": one row per key");
                    assertEquals(List.of(List.of(1L, rows, rows)), db.rows("SELECT min(" + d.surrogateKey() + "), max(" + d.surrogateKey() + "), count(DISTINCT "
                            + d.surrogateKey() + ") FROM " + dim), dim + " surrogate keys");
                    assertEquals(rows, db.longValue("SELECT count(*) FROM " + dim + " WHERE is_current AND valid_to = DATE '9999-12-31'"), dim + " SCD2 columns");
                    // the seed's definition, row_number() OVER (ORDER BY key), however the layer computes it
                    assertEquals(0, db.longValue("SELECT count(*) FROM (SELECT " + d.surrogateKey() + " AS sk, row_number() OVER (ORDER BY " + key
                            + ") AS n FROM " + dim + ") AS x WHERE sk <> n"), dim + ": surrogate keys number the business keys in order");
                    if (d instanceof StarSchema.Conformed c) {
                        assertEquals(db.longValue("SELECT count(DISTINCT " + key + ") FROM " + i.name() + "." + c.table()), rows,
                                dim + " has every key of " + c.table());
                    }
                }));
            }
        }
        return tests;
    }

    /** The data-quality profile duplicated rows of dimension tables; their dimensions hold each key once (checked above). */
    @Test
    void dimensionSourcesHadDuplicatedRows() {
        long duplicated = 0;
        for (Industry i : Industries.all()) {
            for (StarSchema.Dimension d : i.star().dimensions()) {
                if (!(d instanceof StarSchema.Conformed c)) continue;
                String key = i.requireTable(c.table()).primaryKey().orElseThrow().name();
                duplicated += db.longValue("SELECT count(*) - count(DISTINCT " + key + ") FROM " + i.name() + "." + c.table());
            }
        }
        assertTrue(duplicated > 0, "no conformed dimension's source had duplicated rows, so de-duplication went untested");
    }

    /** Facts keep every source row and column; a row whose key exists in a dimension carries that dimension's surrogate key. */
    @TestFactory
    List<DynamicTest> factsCarryASurrogateKeyForEveryKnownBusinessKey() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Industry i : Industries.all()) {
            for (String factTable : i.star().facts()) {
                Table source = i.requireTable(factTable);
                String fact = i.name() + "_star." + StarSchema.factName(factTable);
                tests.add(DynamicTest.dynamicTest(fact, () -> {
                    assertEquals(db.longValue("SELECT count(*) FROM " + i.name() + "." + factTable), db.longValue("SELECT count(*) FROM " + fact),
                            fact + " keeps every source row");
                    List<String> columns = db.rows("SELECT column_name FROM information_schema.columns WHERE table_catalog = 'layers' AND table_schema = '"
                            + i.name() + "_star' AND table_name = '" + StarSchema.factName(factTable) + "'").stream().map(r -> (String) r.get(0)).toList();
                    assertTrue(columns.containsAll(source.columns().stream().map(c -> c.name()).toList()), fact + " keeps every column");
                    int joined = 0;
                    for (StarSchema.Dimension d : i.star().dimensions()) {
                        if (!columns.contains(d.surrogateKey())) continue;
                        joined++;
                        String dim = i.name() + "_star." + d.name();
                        String dimKey = d instanceof StarSchema.Conformed c ? i.requireTable(c.table()).primaryKey().orElseThrow().name()
                                : ((StarSchema.Derived) d).column();
                        String factKey = factKey(i, factTable, d);
                        assertEquals(0, db.longValue("SELECT count(*) FROM " + fact + " f JOIN " + dim + " d ON d." + dimKey + " = f." + factKey
                                + " WHERE f." + d.surrogateKey() + " IS NULL OR f." + d.surrogateKey() + " <> d." + d.surrogateKey()), fact + " -> " + d.name());
                        assertTrue(db.longValue("SELECT count(" + d.surrogateKey() + ") FROM " + fact) > 0, fact + " -> " + d.name() + " joined nothing");
                    }
                    assertTrue(joined > 0, fact + " joins no dimension");
                }));
            }
        }
        return tests;
    }

    private static String factKey(Industry i, String fact, StarSchema.Dimension d) {
        if (d instanceof StarSchema.Derived x) return x.column();
        String parent = ((StarSchema.Conformed) d).table();
        return i.foreignKeys().stream().filter(fk -> fk.table().equals(fact) && fk.parentTable().equals(parent)).findFirst().orElseThrow().column();
    }

    /** The seed's sample Kimball query: claims by year and quarter through dim_date and dim_patient. */
    @Test
    void theKimballQueryReturnsARowPerYearAndQuarter() {
        List<List<Object>> rows = db.rows("""
                SELECT d.year, d.quarter, COUNT(*) AS claim_count, SUM(f.claim_amount) AS total_claimed
                FROM layers.healthcare_star.fct_claims f
                JOIN layers.healthcare_star.dim_date d ON f.submitted_date = d.date_key
                JOIN layers.healthcare_star.dim_patient p ON f.patient_sk = p.patient_sk
                GROUP BY d.year, d.quarter
                ORDER BY 1, 2""");
        long quarters = db.longValue("SELECT count(DISTINCT year(submitted_date) * 10 + quarter(submitted_date)) FROM layers.healthcare.claims");
        assertEquals(quarters, rows.size());
        assertTrue(rows.size() >= 20, "five years of quarters: " + rows.size());
        assertEquals(List.of(2020, 1), List.of(((Number) rows.get(0).get(0)).intValue(), ((Number) rows.get(0).get(1)).intValue()));
        long claims = rows.stream().mapToLong(r -> ((Number) r.get(2)).longValue()).sum();
        assertEquals(db.longValue("SELECT count(*) FROM layers.healthcare.claims"), claims, "every claim lands in a quarter and has its patient");
    }
}
