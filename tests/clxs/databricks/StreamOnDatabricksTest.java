package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.engine.QueryResult;
import clxs.settings.Json;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code clxs stream --target databricks} as a user runs it, against the local warehouse (harness/:
 * Spark and Delta behind the SQL Statement Execution, Files and Unity Catalog APIs; not Databricks):
 * the real CLI in its own JVM, the real SDK and driver.
 */
@UsesLocalWarehouse
class StreamOnDatabricksTest {

    @Test
    void directTableRowsOnSparkEqualTheEventsReportedAndVolumeBronzeLandsFilesThenItsTable() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.shared();
        Map<String, String> env = Map.of("DATABRICKS_HOST", warehouse.url(), "DATABRICKS_TOKEN", LocalWarehouse.TOKEN, "DATABRICKS_WAREHOUSE_ID", "local");

        CliRun direct = CliProcess.run(env, "stream", "--target", "databricks", "--profile", "wind_turbine", "--catalog", "uc_stream", "--destination",
                "direct_table", "--backfill", "10m", "--interval-seconds", "60", "--events-per-batch", "40", "--seed", "3", "--json");
        assertEquals(0, direct.exitCode(), direct.toString());
        JsonNode s = Json.MAPPER.readTree(direct.out());
        assertEquals(400, s.get("events_written").asLong());
        QueryResult onSpark = DatabricksEngine.connect(warehouse.workspace()).quiet()
                .query(null, "SELECT count(*), count(DISTINCT event_id) FROM `uc_stream`.`iot`.`bronze_wind_turbine`");
        assertEquals(List.of("400", "400"), onSpark.rows().get(0).stream().map(String::valueOf).toList(), "rows on Spark = events reported");

        warehouse.clearStatements();
        CliRun files = CliProcess.run(env, "stream", "--target", "databricks", "--profile", "atm_transaction", "--catalog", "uc_stream", "--volume",
                "landing", "--destination", "volume_bronze", "--backfill", "3m", "--interval-seconds", "60", "--events-per-batch", "10", "--seed", "3", "--json");
        assertEquals(0, files.exitCode(), files.toString());
        JsonNode f = Json.MAPPER.readTree(files.out());
        assertEquals(30, f.get("events_written").asLong());
        assertEquals(3, f.get("destination_report").get("files").asInt(), f.toString());
        assertTrue(f.get("destination_report").get("bronze_table_created").asBoolean(), f.toString());
        List<String> sql = warehouse.statements().stream().map(n -> n.get("sql").asText()).toList();
        assertTrue(sql.stream().anyMatch(x -> x.startsWith("CREATE OR REFRESH STREAMING TABLE `uc_stream`.`iot`.`bronze_atm_transaction`")
                && x.contains("SCHEDULE REFRESH CRON") && x.contains("schema =>")), sql.toString());
        assertTrue(warehouse.requests("/api/2.0/fs/files").stream().filter(r -> r.get("method").asText().equals("PUT"))
                .filter(r -> r.get("path").asText().startsWith("/api/2.0/fs/files/Volumes/uc_stream/iot/landing/atm_transaction/batch-")).count() == 3,
                "three files uploaded through the Files API");
    }
}
