package clxs.layers;

import clxs.settings.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalogJson;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Udf;
import clxs.plan.enrichment.AccessPoliciesLayer;
import clxs.support.Duck;
import clxs.support.SharedCatalogs;
import clxs.result.LayerSummaries;
import clxs.result.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What the enrichments do on the local engine, and how the summary reports what DuckDB cannot do. */
class EnrichmentsLocalTest extends LayeredCatalogTest {

    private static Map<String, LayerSummaries.Enrichment> enrichments() {
        return run.enrichments().stream().collect(Collectors.toMap(LayerSummaries.Enrichment::enrichment, e -> e));
    }

    @Test
    void theJsonSummaryListsEnrichmentsDuckdbCannotRunWithTheirReasons() throws Exception {
        JsonNode json = Json.MAPPER.readTree(run.toJson());
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        json.get("enrichments").forEach(e -> byName.put(e.get("enrichment").asText(), e));
        Map<String, String> unsupported = Map.of("tags", "Unity Catalog tags", "table_properties", "table properties", "grants", "principals",
                "column_masks", "column masks", "row_filters", "row filters", "zorder", "OPTIMIZE", "foreign_keys", "informational constraints",
                "primary_keys", "enforces primary keys");
        unsupported.forEach((name, reason) -> {
            JsonNode e = byName.get(name);
            assertTrue(e != null, name + " missing from " + json.get("enrichments"));
            assertEquals(0, e.get("applied").asInt(), name);
            assertTrue(e.get("skipped").asInt() > 0, name);
            assertTrue(e.get("reasons").toString().contains(reason), name + ": " + e.get("reasons"));
        });
        for (String applied : List.of("data_quality", "version_history", "check_constraints", "volumes", "clone", "clone_template")) {
            assertTrue(byName.get(applied).get("applied").asInt() > 0 && byName.get(applied).get("failed").asInt() == 0, applied + ": " + byName.get(applied));
        }
        assertTrue(byName.get("version_history").get("reasons").toString().contains("no table versions"), "the applied updates say DuckDB keeps no history");
        // every step of the plan that was skipped is in the skipped list with its reason
        assertEquals(byName.get("tags").get("skipped").asInt(), json.get("skipped").findValues("reason").stream()
                .filter(r -> r.asText().contains("Unity Catalog tags")).count());
    }

    @Test
    void checkConstraintsAreDeclaredInTheTablesAndHoldOnTheFinalData() {
        long rules = Industries.all().stream().mapToLong(i -> i.checks().size()).sum();
        assertTrue(rules >= 30, "about thirty business rules: " + rules);
        assertEquals(rules, enrichments().get("check_constraints").applied());
        assertEquals(rules, db.longValue("SELECT count(*) FROM duckdb_constraints() WHERE database_name = 'layers' AND constraint_type = 'CHECK'"));
        for (Industry i : Industries.all()) {
            i.checks().forEach(rule -> assertEquals(0, db.longValue("SELECT count(*) FROM " + i.name() + "." + rule.table() + " WHERE NOT ("
                    + rule.condition() + ")"), i.name() + "." + rule.name()));
        }
    }

    @Test
    void versionHistoryUpdatesMovedStatuses() {
        // healthcare's first change paid half of the pending claims: fewer PENDING than PAID by far, and the table still has some
        long pending = db.longValue("SELECT count(*) FROM healthcare.claims WHERE status = 'PENDING'");
        long paid = db.longValue("SELECT count(*) FROM healthcare.claims WHERE status = 'PAID'");
        assertTrue(pending > 0 && paid > 10 * pending, pending + " pending, " + paid + " paid");
        assertEquals(20, enrichments().get("version_history").applied(), "two updates per industry");
    }

    @Test
    void volumesHoldThousandRowParquetSamplesOfTheLargestTables() {
        Path volumes = SharedCatalogs.DIR.resolve("volumes").resolve("layers");
        for (Industry i : Industries.all()) {
            assertTrue(Files.isDirectory(volumes.resolve(i.name()).resolve("exports")), i.name() + " exports volume");
            List<String> largest = i.tables().stream().sorted((a, b) -> Long.compare(b.rows(), a.rows())).limit(3).map(t -> t.name()).toList();
            for (String t : largest) {
                Path sample = volumes.resolve(i.name()).resolve("sample_data").resolve(t + ".parquet");
                assertTrue(Files.exists(sample), sample.toString());
                assertEquals(1000, db.longValue("SELECT count(*) FROM read_parquet('" + sample + "')"), sample.toString());
            }
        }
        assertFalse(Files.exists(SharedCatalogs.DIR.resolve("volumes").resolve(".layers.partial")), "the partial volume folder was moved into place");
    }

    @Test
    void theCloneIsACompleteCatalogWhoseViewsReadItsOwnTables() {
        LayerSummaries.Clone clone = run.cloneSummary();
        assertEquals(SharedCatalogs.LAYERED_COPY, clone.destCatalog());
        assertEquals("copy", clone.method());
        assertEquals(run.tables().size(), clone.tables());
        assertEquals(run.views().size(), clone.views());
        assertEquals(run.udfs().size(), clone.functions());
        try (Duck copy = Duck.open(SharedCatalogs.DIR, SharedCatalogs.LAYERED_COPY)) {
            for (RunResult.TableRows t : run.tables()) {
                assertEquals(t.rows(), copy.longValue("SELECT count(*) FROM " + t.schema() + "." + t.table()), t.schema() + "." + t.table());
            }
            assertEquals(db.value("SELECT count(*) FROM healthcare_gold.claims_by_month"), copy.value("SELECT count(*) FROM healthcare_gold.claims_by_month"));
            // only the clone is attached here, so its views can only be reading its own tables
            String viewSql = (String) copy.value("SELECT sql FROM duckdb_views() WHERE database_name = 'layers_copy' AND view_name = 'v_claim_summary'");
            assertFalse(viewSql.contains("layers."), viewSql);
        }
    }

    @Test
    void theCloneTemplateNamesTheSchemasAndNoSecret() throws Exception {
        Path file = SharedCatalogs.DIR.resolve("config").resolve("demo_clone_layers.json");
        JsonNode t = Json.MAPPER.readTree(Files.readString(file));
        assertEquals("layers", t.get("source_catalog").asText());
        assertEquals(SharedCatalogs.LAYERED_COPY, t.get("destination_catalog").asText());
        assertEquals("DEEP", t.get("clone_type").asText());
        List<String> schemas = new ArrayList<>();
        t.get("include_schemas").forEach(s -> schemas.add(s.asText()));
        assertTrue(schemas.containsAll(List.of("healthcare", "healthcare_bronze", "healthcare_star", "data_catalog")), schemas.toString());
        String text = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
        assertFalse(text.contains("token") || text.contains("secret") || text.contains("password"), text);
    }

    @Test
    void dimensionsCarryScd2ColumnsAndLargeTablesArePartitionedWhereTheEngineCan() {
        for (Industry i : Industries.all()) {
            long withHistory = db.longValue("SELECT count(DISTINCT table_name) FROM duckdb_columns() WHERE database_name = 'layers' AND schema_name = '"
                    + i.name() + "' AND column_name = 'is_current'");
            assertEquals(3, withHistory, i.name() + ": three dimensions with SCD2 columns");
        }
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.patients WHERE NOT is_current OR valid_to <> DATE '9999-12-31' OR valid_from IS NULL"));
    }

    /** The mask and filter functions run locally too (DuckDB has no groups: values are masked). */
    @TestFactory
    List<DynamicTest> accessPolicyFunctionsGiveTheirDocumentedResults() {
        return AccessPoliciesLayer.policyFunctions().stream().map((Udf f) -> DynamicTest.dynamicTest(f.name(), () -> {
            Udf.Example e = f.examples().get(0);
            String schema = (String) db.value("SELECT min(schema_name) FROM duckdb_functions() WHERE database_name = 'layers' AND function_name = '"
                    + f.name() + "'");
            assertEquals(db.value("SELECT " + e.expected()), db.value("SELECT " + schema + "." + f.name() + "(" + e.arguments() + ")"), f.name());
        })).toList();
    }
}
