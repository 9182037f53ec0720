package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.result.Measured;
import clxs.result.RunResult;
import clxs.settings.DqProfile;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Databricks-dialect rendering of the ML labels, the Japanese realistic pools and the measured
 * data-quality profile, run for real on Spark 4 + Delta 4 through databricks-jdbc. The warehouse is
 * LOCAL (harness/), not Databricks; what matters here is that Spark SQL runs the same label model
 * DuckDB runs and finds the same positive rates.
 */
@UsesLocalWarehouse
class LabelsOnSparkTest {

    @TempDir
    Path runFiles;

    @Test
    void labelsRealisticPoolsAndMeasuredQualityRunOnSpark() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.shared();
        warehouse.clearStatements();
        DemoCatalog demo = DemoCatalog.named("spark_ml").industries(Industries.FINANCIAL, Industries.TELECOM, Industries.HEALTHCARE, Industries.MANUFACTURING)
                .scale(0.0005).seed(5).injectAnomalies(0.2).realistic(Locale.JAPAN).dqProfile(DqProfile.DIRTY).medallion(false).createVolumes(false)
                // functions, governance and the audit run on Spark in LocalWarehouseHarnessTest: here only what the labels need
                .createFunctions(false).ucBestPractices(false).validateReferentialIntegrity(false)
                .maxWorkers(8).dropExisting(true);
        DatabricksEngine spark = DatabricksEngine.connect(warehouse.workspace()).withRunFilesIn(runFiles).quiet();
        RunResult r = demo.generate(spark);
        assertTrue(r.succeeded(), r.toString());
        assertTrue(r.errors().isEmpty() && r.warnings().isEmpty(), r.errors() + " " + r.warnings());
        List<String> failed = warehouse.statements().stream().filter(s -> s.get("outcome").asText().startsWith("failed"))
                .map((JsonNode s) -> s.get("sql").asText()).toList();
        assertTrue(failed.isEmpty(), "statements Spark refused: " + failed);

        assertEquals(4, r.measured().anomalies().size(), r.measured().toText());
        for (Measured.Anomaly a : r.measured().anomalies()) {
            // subscribers has 500 rows at this scale: its mean score is looser than the large tables' rates
            double tolerance = a.rows() < 5_000 ? 0.25 : 0.15;
            assertEquals(0.2, a.positiveRate(), 0.2 * tolerance, a + " on Spark");
        }
        Measured.DataQuality q = r.measured().dataQuality();
        assertEquals(0.15, q.measuredNullRate(), 0.15 * 0.2, q.toString());
        assertEquals(0.05, q.measuredOutlierRate(), 0.05 * 0.2, q.toString());
        List<List<Object>> emails = spark.query(null, "SELECT email, last_name FROM `spark_ml`.`financial`.`customers` WHERE email IS NOT NULL").rows();
        assertTrue(emails.size() > 100, "customers: " + emails.size());
        for (List<Object> e : emails) {
            String email = (String) e.get(0);
            assertTrue(email.matches("[a-z0-9]+\\.[a-z0-9]+[0-9]*@[a-z.]+") && email.chars().allMatch(c -> c < 128), email + " of " + e.get(1));
        }
    }
}
