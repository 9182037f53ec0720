package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.StreamSpec;
import clxs.databricks.ServicePrincipal;
import clxs.databricks.Workspace;
import clxs.stream.Destination;
import clxs.destination.ZerobusOptions;
import clxs.stream.DeviceProfiles;
import clxs.stream.StreamListener;
import clxs.stream.StreamSummary;
import clxs.support.LocalWarehouse;
import clxs.support.LocalZerobusServer;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code --destination zerobus} end to end, locally: the table is set up through the real
 * databricks-jdbc driver on the local warehouse (harness/: Spark, not Databricks), then the real
 * Zerobus SDK streams the profile's events to the local gRPC Zerobus of the tests. Nothing here
 * reaches Databricks.
 */
@UsesLocalWarehouse
class ZerobusStreamOnWarehouseTest {

    @Test
    void theTableIsSetUpOnTheWarehouseAndEveryReportedEventWasAcknowledged() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.shared();
        warehouse.clearStatements();
        Workspace workspace = warehouse.workspace();
        String table = "zb_demo.iot.bronze_smart_meter";
        StreamSpec spec = StreamSpec.of(DeviceProfiles.SMART_METER, "zb_demo").destination(Destination.ZEROBUS).devices(20).eventsPerBatch(250)
                .intervalSeconds(10).backfill(Duration.ofMinutes(5)).seed(8).joinCatalog(false);
        List<String> warnings = new ArrayList<>();
        try (LocalZerobusServer zerobus = LocalZerobusServer.start().table(table, spec.settings().schema())) {
            ZerobusOptions options = new ZerobusOptions(ServicePrincipal.of(zerobus.workspaceUrl(), LocalZerobusServer.CLIENT_ID, LocalZerobusServer.CLIENT_SECRET),
                    zerobus.endpoint(), null, RecordFormat.JSON, null);
            StreamSummary s = spec.startOn(workspace, options, new StreamListener() {
                @Override
                public void warning(String message) {
                    warnings.add(message);
                }
            }, System.out).await();

            assertEquals(30, s.ticks());
            assertEquals(7_500, s.eventsWritten(), s.toJson());
            assertEquals(0, s.tickErrors(), s.toJson());
            Set<String> ids = zerobus.acknowledged().stream().map(r -> r.json().replaceAll(".*\"event_id\":(\\d+).*", "$1")).collect(Collectors.toSet());
            assertEquals(7_500, ids.size(), "every reported event acknowledged by the server");
            assertEquals(7_500L, ((Number) s.destinationReport().get("events_acknowledged")).longValue());
            assertEquals(0L, ((Number) s.destinationReport().get("stream_reopens")).longValue());
        }

        List<String> sql = warehouse.statements().stream().map(n -> n.get("sql").asText()).toList();
        int showCatalogs = index(sql, "SHOW CATALOGS LIKE 'zb_demo'");
        int createCatalog = index(sql, "CREATE CATALOG IF NOT EXISTS `zb_demo`");
        int createTable = index(sql, "CREATE TABLE IF NOT EXISTS `zb_demo`.`iot`.`bronze_smart_meter`");
        assertTrue(showCatalogs >= 0 && showCatalogs < createCatalog && createCatalog < createTable, "existence checked before creating: " + sql);
        assertFalse(sql.get(createTable).contains("LOCATION"), "a managed table: " + sql.get(createTable));
        List<String> grants = sql.stream().filter(x -> x.startsWith("GRANT")).toList();
        assertEquals(List.of("GRANT USE CATALOG ON CATALOG `zb_demo` TO `" + LocalZerobusServer.CLIENT_ID + "`",
                "GRANT USE SCHEMA ON SCHEMA `zb_demo`.`iot` TO `" + LocalZerobusServer.CLIENT_ID + "`",
                "GRANT CREATE TABLE ON SCHEMA `zb_demo`.`iot` TO `" + LocalZerobusServer.CLIENT_ID + "`",
                "GRANT MODIFY, SELECT ON TABLE `zb_demo`.`iot`.`bronze_smart_meter` TO `" + LocalZerobusServer.CLIENT_ID + "`"), grants, "four grants, each on its own");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("no managed location of its own") && w.contains("ALTER SCHEMA `zb_demo`.`iot` SET MANAGED LOCATION")),
                "the schema was made without a location, so the warning says how to give it one: " + warnings);
        JsonNode described = warehouse.statements().stream().filter(n -> n.get("sql").asText().startsWith("DESCRIBE SCHEMA EXTENDED")).findFirst().orElseThrow();
        assertTrue(described.get("outcome").asText().startsWith("ok") || !described.get("outcome").asText().startsWith("failed"), described.toString());
        assertEquals(new HashSet<>(List.of("zb_demo")), new HashSet<>(List.of(sql.get(createCatalog).replaceAll(".*`(\\w+)`.*", "$1"))));
    }

    private static int index(List<String> sql, String prefix) {
        for (int i = 0; i < sql.size(); i++) if (sql.get(i).startsWith(prefix)) return i;
        return -1;
    }
}
