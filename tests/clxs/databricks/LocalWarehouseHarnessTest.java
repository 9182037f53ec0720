package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.engine.QueryResult;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.result.RunResult;
import clxs.settings.DqProfile;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Databricks-dialect plan of every industry, and of every layer, executed for real on Spark 4 +
 * Delta 4 through the real databricks-jdbc driver. The warehouse is LOCAL (harness/), not
 * Databricks: it runs every statement OSS Spark can run and records, without running, the kinds
 * it cannot (volumes, tags, masks, row filters, informational keys, grants, views over
 * information_schema). This test asserts exactly which were recorded, and how many of each.
 *
 * <p>Two catalogs, so each statement kind runs on Spark without running ten times over:
 * <ul>
 *   <li>{@code harness}: nine industries with what is written per industry (tables and their rows,
 *       views, functions, check constraints, the medallion's hand-written gold views, governance,
 *       samples, the audit of every foreign key, the cross-industry views), the data-quality
 *       profile {@code clean}, no star schema;</li>
 *   <li>{@code harness_layers}: {@link #LAYERED} with every layer, the star schema and the
 *       data-quality issues included.</li>
 * </ul>
 * The star schema is declarative ({@code StarSchemas}: the same SQL for every fact and dimension)
 * and the data-quality issues are one template per table (NULLs in a STRING column, outliers in a
 * DECIMAL one in every industry), so two industries cover their SQL: healthcare has a derived
 * dimension and keys that are not whole numbers, insurance a fact that is also a dimension, and
 * the two make the cross-industry view the nine lack. The DuckDB tests cover every industry with
 * every layer.
 */
@UsesLocalWarehouse
class LocalWarehouseHarnessTest {

    static final double SCALE = 0.00001;
    static final List<Industry> LAYERED = List.of(Industries.HEALTHCARE, Industries.INSURANCE);

    @TempDir
    Path runFiles;

    @Test
    void everyIndustryAndEveryLayerRunOnSparkAndDelta() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.shared();
        List<Industry> flat = Industries.all().stream().filter(i -> i != Industries.HEALTHCARE).toList();
        assertEquals(9, flat.size());
        assertTrue(flat.contains(Industries.INSURANCE), "the flat catalog keeps insurance: financial joins it in the cross-industry views");

        RunResult r = runs(warehouse, DemoCatalog.named("harness").industries(flat).scale(SCALE).seed(11).dqProfile(DqProfile.CLEAN)
                .maxWorkers(8).dropExisting(true));
        assertTrue(r.starSchema() == null || r.starSchema().factsCreated() == 0, "no star schema in " + r.starSchema());
        assertTrue(r.medallion().goldViews() >= 3 * flat.size(), "the gold views of nine industries: " + r.medallion());

        RunResult layered = runs(warehouse, DemoCatalog.named("harness_layers").industries(LAYERED).scale(SCALE).seed(11).starSchema()
                .maxWorkers(8).dropExisting(true));
        assertEquals(3 * LAYERED.size(), layered.starSchema().factsCreated());
        assertTrue(layered.measured().dataQuality().measuredNullRate() > 0, layered.measured().toText());

        DatabricksEngine spark = DatabricksEngine.connect(warehouse.workspace()).quiet();
        assertEquals(0, count(spark, "SELECT count(*) FROM `harness_layers`.`healthcare`.`claims` c LEFT JOIN `harness_layers`.`healthcare`.`patients` p "
                + "ON p.patient_id = c.patient_id WHERE p.patient_id IS NULL"), "claims join their patients on Spark");
        assertTrue(count(spark, "SELECT count(*) FROM `harness_layers`.`healthcare_star`.`fct_claims` WHERE patient_sk IS NULL") == 0);
        assertTrue(count(spark, "SELECT count(*) FROM `harness_layers`.`healthcare_gold`.`claims_by_month`") > 0);
        assertTrue(count(spark, "SELECT count(*) FROM `harness`.`insurance_gold`.`claims_by_month`") > 0);
        // the functions run on Spark too, masks included (Spark has no groups: masked)
        QueryResult masked = spark.query(null, "SELECT `harness_layers`.`healthcare`.`mask_pii_email`('jane.doe@example.com')");
        assertEquals("j***@example.com", masked.rows().get(0).get(0));
    }

    /**
     * Generates {@code demo} on the warehouse and checks what every run must show: no error, no
     * statement Spark refused, exactly the recorded kinds of its plan, every table with its rows
     * (distinct keys counted on Spark) and every foreign key audited without orphans.
     */
    private RunResult runs(LocalWarehouse warehouse, DemoCatalog demo) throws Exception {
        warehouse.clearStatements();
        Plan plan = demo.plan();
        RunResult r = demo.generate(DatabricksEngine.connect(warehouse.workspace()).withRunFilesIn(runFiles).quiet());
        String catalog = plan.catalog();
        assertTrue(r.succeeded(), r.toString());
        assertTrue(r.errors().isEmpty() && r.warnings().isEmpty(), r.errors() + " " + r.warnings());

        List<JsonNode> sent = warehouse.statements();
        List<String> failed = sent.stream().filter(s -> s.get("outcome").asText().startsWith("failed")).map(s -> s.get("sql").asText()).toList();
        assertTrue(failed.isEmpty(), "statements Spark refused in " + catalog + ": " + failed);
        Map<String, Long> recorded = new TreeMap<>();
        for (JsonNode s : sent) {
            String outcome = s.get("outcome").asText();
            if (outcome.startsWith("recorded:")) recorded.merge(outcome.substring("recorded:".length()), 1L, Long::sum);
        }
        List<Industry> industries = demo.industries();
        long tables = industries.stream().mapToLong(i -> i.tables().size()).sum();
        Map<String, Long> expected = new TreeMap<>(Map.of(
                "create_volume", (long) plan.steps(Step.CreateVolume.class).size(),
                "set_tags", (long) plan.steps(Step.SetTags.class).size(),
                "column_mask", (long) plan.steps(Step.SetColumnMask.class).size(),
                "row_filter", (long) plan.steps(Step.SetRowFilter.class).size(),
                "primary_key", tables,
                "set_not_null", tables,
                "foreign_key", (long) plan.steps(Step.AddForeignKey.class).size(),
                "grant", 2L,
                "information_schema", 4L));
        assertEquals(expected, recorded, "exactly the kinds OSS Spark cannot run were recorded in " + catalog);

        DatabricksEngine spark = DatabricksEngine.connect(warehouse.workspace()).quiet();
        for (Industry i : industries) {
            // one query per industry: the distinct keys of each of its tables
            List<String> parts = new ArrayList<>();
            for (Table t : i.tables()) {
                parts.add("SELECT '" + t.name() + "' AS t, count(DISTINCT " + t.primaryKey().orElseThrow().name() + ") AS n FROM `" + catalog + "`.`"
                        + i.name() + "`.`" + t.name() + "`");
            }
            Map<String, Long> rows = new HashMap<>();
            for (List<Object> row : spark.query(null, String.join(" UNION ALL ", parts)).rows()) rows.put((String) row.get(0), ((Number) row.get(1)).longValue());
            assertEquals(i.tables().size(), rows.size(), i.name() + ": " + rows);
            for (Table t : i.tables()) assertEquals(t.rowsAt(SCALE), rows.get(t.name()), catalog + "." + i.name() + "." + t.name() + " on Spark");
        }
        assertEquals(0, r.referentialIntegrity().withOrphans());
        assertEquals(industries.stream().mapToLong(i -> i.foreignKeys().size()).sum(), r.referentialIntegrity().checksRun());
        return r;
    }

    private static long count(DatabricksEngine t, String sql) throws Exception {
        return ((Number) t.query(null, sql).rows().get(0).get(0)).longValue();
    }
}
