package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.settings.Json;
import clxs.DemoCatalog;
import clxs.DemoCatalogJson;
import clxs.catalogs.CatalogInfo;
import clxs.databricks.UnityCatalogManager;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.LocalWarehouse;
import clxs.databricks.DatabricksEngine;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clxs catalogs list|drop} on a workspace: the listing through databricks-sdk-java's Unity
 * Catalog API, the drop through databricks-jdbc, both against the LOCAL warehouse of
 * {@code harness/}, not a Databricks workspace.
 */
@UsesLocalWarehouse
class CatalogsOnDatabricksTest {

    @TempDir
    Path runFiles;

    @Test
    void listsDemoCatalogsAndDropsOnlyWithTheRightConfirmation() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.shared();
        DatabricksEngine target = DatabricksEngine.connect(warehouse.workspace()).withRunFilesIn(runFiles).quiet();
        assertTrue(DemoCatalog.named("uc_demo").industries(DatabricksEngineTest.SHOP).scale(1).seed(1).medallion(false).generate(target).succeeded());
        // a catalog clxs did not make: a table without the generated_by property
        target.query(null, "CREATE CATALOG IF NOT EXISTS `uc_other`");
        target.query(null, "CREATE SCHEMA IF NOT EXISTS `uc_other`.`finance`");
        target.query(null, "CREATE OR REPLACE TABLE `uc_other`.`finance`.`ledger` (id BIGINT)");

        List<CatalogInfo> listed = new UnityCatalogManager(warehouse.workspace()).list();
        CatalogInfo demo = listed.stream().filter(c -> c.name().equals("uc_demo")).findFirst().orElseThrow();
        assertTrue(demo.demo());
        assertEquals(4, demo.tables(), "the shop's two tables and their samples (views are not counted)");
        assertEquals(4, demo.demoTables(), "every one marked demo.generated_by = clxs");
        assertEquals(2, demo.schemas(), "shop and data_catalog");
        CatalogInfo other = listed.stream().filter(c -> c.name().equals("uc_other")).findFirst().orElseThrow();
        assertFalse(other.demo());
        assertEquals(1, other.tables());

        Map<String, String> env = Map.of("DATABRICKS_HOST", warehouse.url(), "DATABRICKS_TOKEN", LocalWarehouse.TOKEN, "DATABRICKS_WAREHOUSE_ID", "local");
        CliRun json = CliProcess.run(env, "catalogs", "list", "--target", "databricks", "--demo-only", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        JsonNode rows = Json.MAPPER.readTree(json.out());
        assertTrue(rows.findValuesAsText("catalog").contains("uc_demo") && !rows.findValuesAsText("catalog").contains("uc_other"), json.out());

        CliRun refused = CliProcess.run(env, "catalogs", "drop", "uc_other", "--target", "databricks", "--confirm", "uc_other");
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("not made by clxs") && refused.err().contains("--force"), refused.err());
        CliRun wrong = CliProcess.run(env, "catalogs", "drop", "uc_demo", "--target", "databricks", "--confirm", "uc_dem");
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().contains("nothing was dropped"), wrong.err());
        CliRun unconfirmed = CliProcess.run(env, "catalogs", "drop", "uc_demo", "--target", "databricks");
        assertEquals(2, unconfirmed.exitCode(), unconfirmed.toString());
        assertTrue(unconfirmed.err().contains("--confirm uc_demo"), unconfirmed.err());
        assertTrue(new UnityCatalogManager(warehouse.workspace()).list().stream().anyMatch(c -> c.name().equals("uc_demo")), "still there");

        CliRun dropped = CliProcess.run(env, "catalogs", "drop", "uc_demo", "--target", "databricks", "--confirm", "uc_demo");
        assertEquals(0, dropped.exitCode(), dropped.toString());
        assertTrue(dropped.out().contains("Dropped catalog uc_demo: 2 schemas, 4 tables."), dropped.out());
        assertFalse(new UnityCatalogManager(warehouse.workspace()).list().stream().anyMatch(c -> c.name().equals("uc_demo")));
        CliRun forced = CliProcess.run(env, "catalogs", "drop", "uc_other", "--target", "databricks", "--confirm", "uc_other", "--force");
        assertEquals(0, forced.exitCode(), forced.toString());
    }
}
