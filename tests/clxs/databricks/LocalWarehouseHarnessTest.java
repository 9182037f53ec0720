package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.support.LocalWarehouse;
import clxs.databricks.DatabricksEngine;
import clxs.engine.QueryResult;
import clxs.result.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Databricks-dialect plan of every industry with every layer, executed for real on Spark 4 +
 * Delta 4 through the real databricks-jdbc driver. The warehouse is LOCAL (harness/), not
 * Databricks: it runs every statement OSS Spark can run and records, without running, the kinds
 * it cannot (volumes, tags, masks, row filters, informational keys, grants, views over
 * information_schema). This test asserts exactly which were recorded, and how many of each.
 */
class LocalWarehouseHarnessTest {

    static final double SCALE = 0.00001;

    @TempDir
    Path runFiles;

    @Test
    void everyIndustryWithEveryLayerRunsOnSparkAndDelta() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.shared();
        warehouse.clearStatements();
        DemoCatalog demo = DemoCatalog.named("harness").scale(SCALE).seed(11).starSchema().maxWorkers(8).dropExisting(true);
        Plan plan = demo.plan();
        RunResult r = demo.generate(DatabricksEngine.connect(warehouse.workspace()).withRunFilesIn(runFiles).quiet());
        assertTrue(r.succeeded(), r.toString());
        assertTrue(r.errors().isEmpty() && r.warnings().isEmpty(), r.errors() + " " + r.warnings());

        List<JsonNode> sent = warehouse.statements();
        List<String> failed = sent.stream().filter(s -> s.get("outcome").asText().startsWith("failed")).map(s -> s.get("sql").asText()).toList();
        assertTrue(failed.isEmpty(), "statements Spark refused: " + failed);
        Map<String, Long> recorded = new TreeMap<>();
        for (JsonNode s : sent) {
            String outcome = s.get("outcome").asText();
            if (outcome.startsWith("recorded:")) recorded.merge(outcome.substring("recorded:".length()), 1L, Long::sum);
        }
        long tables = Industries.all().stream().mapToLong(i -> i.tables().size()).sum();
        long tagged = plan.steps(Step.SetTags.class).size();
        Map<String, Long> expected = new TreeMap<>(Map.of(
                "create_volume", (long) plan.steps(Step.CreateVolume.class).size(),
                "set_tags", tagged,
                "column_mask", (long) plan.steps(Step.SetColumnMask.class).size(),
                "row_filter", (long) plan.steps(Step.SetRowFilter.class).size(),
                "primary_key", tables,
                "set_not_null", tables,
                "foreign_key", (long) plan.steps(Step.AddForeignKey.class).size(),
                "grant", 2L,
                "information_schema", 4L));
        assertEquals(expected, recorded, "exactly the kinds OSS Spark cannot run were recorded");

        DatabricksEngine spark = DatabricksEngine.connect(warehouse.workspace()).quiet();
        for (Industry i : Industries.all()) {
            for (Table t : i.tables()) {
                long rows = count(spark, "SELECT count(DISTINCT " + t.primaryKey().orElseThrow().name() + ") FROM `harness`.`" + i.name() + "`.`" + t.name() + "`");
                assertEquals(t.rowsAt(SCALE), rows, i.name() + "." + t.name() + " on Spark");
            }
        }
        assertEquals(0, r.referentialIntegrity().withOrphans());
        assertEquals(Industries.all().stream().mapToLong(i -> i.foreignKeys().size()).sum(), r.referentialIntegrity().checksRun());
        assertEquals(0, count(spark, "SELECT count(*) FROM `harness`.`healthcare`.`claims` c LEFT JOIN `harness`.`healthcare`.`patients` p "
                + "ON p.patient_id = c.patient_id WHERE p.patient_id IS NULL"), "claims join their patients on Spark");
        assertEquals(30, r.starSchema().factsCreated());
        assertTrue(count(spark, "SELECT count(*) FROM `harness`.`healthcare_star`.`fct_claims` WHERE patient_sk IS NULL") == 0);
        assertTrue(count(spark, "SELECT count(*) FROM `harness`.`healthcare_gold`.`claims_by_month`") > 0);
        // the functions run on Spark too, masks included (Spark has no groups: masked)
        QueryResult masked = spark.query(null, "SELECT `harness`.`healthcare`.`mask_pii_email`('jane.doe@example.com')");
        assertEquals("j***@example.com", masked.rows().get(0).get(0));
    }

    private static long count(DatabricksEngine t, String sql) throws Exception {
        return ((Number) t.query(null, sql).rows().get(0).get(0)).longValue();
    }
}
