package clxs.databricks;

import clxs.settings.Json;

import static clxs.model.Gen.decimals;
import static clxs.model.Gen.fk;
import static clxs.model.Gen.person;
import static clxs.model.Gen.place;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.model.Industry;
import clxs.model.PersonField;
import clxs.model.PlaceField;
import clxs.model.Table;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.Launcher;
import clxs.support.LocalWarehouse;
import clxs.databricks.DatabricksEngine;
import clxs.engine.QueryResult;
import clxs.result.RunResult;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code DatabricksEngine} with the real databricks-jdbc driver and databricks-sdk-java,
 * against the LOCAL warehouse of {@code harness/} (Spark 4 + Delta 4 behind the SQL Statement
 * Execution API): not a Databricks workspace. A two-table industry keeps each run short.
 */
@UsesLocalWarehouse
class DatabricksEngineTest {

    static final Industry SHOP = Industry.named("shop").description("A shop")
            .table(Table.dimension("customers", 200).comment("People who buy")
                    .col("customer_id", sequence(), "Key")
                    .col("name", person(PersonField.FULL_NAME), "Name")
                    .col("email", person(PersonField.EMAIL), "E-mail")
                    .col("state", place(PlaceField.STATE), "State"))
            .table(Table.fact("orders", 2_000).comment("Orders")
                    .col("order_id", sequence(), "Key")
                    .col("customer_id", fk("customers"), "Buyer")
                    .col("amount", decimals(1, 500), "Amount")
                    .col("status", weighted("PAID", 8, "PENDING", 2), "Status"))
            .view("v_orders_per_state", "Orders per state", """
                    SELECT c.state, count(*) AS orders FROM {{orders}} o JOIN {{customers}} c ON c.customer_id = o.customer_id GROUP BY c.state""")
            .view("v_paid", "Paid orders", "SELECT * FROM {{orders}} WHERE status = 'PAID'")
            .build();

    /**
     * The CLI runs use the example YAML industry (6 tables, 5 views): what they check (a failed step, Ctrl-C, no secret in the
     * output) does not depend on the industry, and healthcare's 20 tables and views made each run several times longer on Spark.
     */
    static final String[] AEROSPACE = {"--custom-industries", Launcher.ROOT.resolve("templates/aerospace.yaml").toString(), "--industry", "aerospace"};

    static LocalWarehouse warehouse;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        warehouse = LocalWarehouse.shared();
    }

    @AfterEach
    void noFaults() throws Exception {
        warehouse.clearFaults();
    }

    private static DemoCatalog shop(String catalog) {
        return DemoCatalog.named(catalog).industries(SHOP).scale(1).seed(3);
    }

    private DatabricksEngine target() {
        return DatabricksEngine.connect(warehouse.workspace()).withRunFilesIn(tmp).quiet();
    }

    /** {@code args} with the aerospace industry added. */
    private static String[] args(String... args) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(AEROSPACE)).toArray(String[]::new);
    }

    private static Map<String, String> env() {
        return Map.of("DATABRICKS_HOST", warehouse.url(), "DATABRICKS_TOKEN", LocalWarehouse.TOKEN, "DATABRICKS_WAREHOUSE_ID", "local");
    }

    @Test
    void generatesThroughTheDriverAndASecondRunSucceedsToo() throws Exception {
        RunResult first = shop("dbx_shop").generate(target());
        assertTrue(first.succeeded(), first.toString());
        assertEquals("databricks", first.target());
        assertEquals(200 + 20, first.rows("shop", "customers"), "200 rows and the data-quality profile's 20 duplicates");
        QueryResult orders = target().query("dbx_shop", "SELECT count(*) FROM `dbx_shop`.`shop`.`orders`");
        assertEquals(2_000 + 100L, ((Number) orders.rows().get(0).get(0)).longValue());
        assertEquals(0, first.referentialIntegrity().withOrphans());
        assertTrue(first.enrichments().stream().anyMatch(e -> e.enrichment().equals("tags") && e.applied() > 0), "Databricks runs the tags");
        assertTrue(Files.readString(tmp.resolve("config/demo_clone_dbx_shop.json")).contains("\"source_catalog\""), "the clone template is written where the target was told");

        RunResult second = shop("dbx_shop").generate(target());
        assertTrue(second.succeeded(), second.toString());
        assertTrue(second.skipped().stream().anyMatch(s -> s.reason().equals("catalog dbx_shop already exists")), second.skipped().toString());
        assertEquals(first.rows("shop", "orders"), second.rows("shop", "orders"), "tables are replaced, not appended to");
    }

    @Test
    void aQuotaErrorStopsTheRunAtOnceWithWhatToDo() throws Exception {
        warehouse.clearStatements();
        warehouse.fault("CREATE OR REPLACE TABLE `dbx_quota`.`shop`.`orders`", "QUOTA_EXCEEDED.UC_RESOURCE_QUOTA_EXCEEDED",
                "Cannot create Table in Schema: the resource quota is exceeded.");
        RunResult r = shop("dbx_quota").generate(target());
        assertEquals(RunResult.Status.FAILED, r.status());
        String error = r.errors().get(0).error();
        assertTrue(error.contains("QUOTA_EXCEEDED") && error.contains("clxs catalogs drop"), error);
        List<JsonNode> sent = warehouse.statements();
        assertFalse(sent.stream().anyMatch(s -> s.get("sql").asText().startsWith("INSERT INTO `dbx_quota`")), "no insert ran after the quota error");
    }

    @Test
    void aFailedStepIsReportedIndependentStepsStillRunAndTheExitIsOne() throws Exception {
        warehouse.fault("CREATE OR REPLACE VIEW `dbx_fail`.`aerospace`.`v_on_time_performance`", "TABLE_OR_VIEW_NOT_FOUND", "injected: the view cannot be created");
        CliRun failed = CliProcess.run(env(), args("demo", "--target", "databricks", "--catalog", "dbx_fail", "--scale", "0.0001",
                "--no-medallion", "--no-uc-best-practices", "--dq-profile", "clean", "--json"));
        assertEquals(1, failed.exitCode(), failed.toString());
        JsonNode json = Json.MAPPER.readTree(failed.out());
        assertEquals("failed", json.get("status").asText());
        assertEquals(1, json.get("errors").size(), json.get("errors").toString());
        assertEquals("create view aerospace.v_on_time_performance", json.get("errors").get(0).get("step").asText());
        assertTrue(json.get("errors").get(0).get("error").asText().contains("injected: the view cannot be created"));
        long industryViews = 0;
        for (JsonNode v : json.get("views")) if (v.asText().startsWith("aerospace.")) industryViews++;
        assertEquals(4, industryViews, "the other views were created");
        assertEquals(6, json.get("tables").size(), "every table was created and filled");
        for (JsonNode t : json.get("tables")) assertTrue(t.get("rows").asLong() > 0, t.toString());
        assertEquals(0, json.get("referential_integrity").get("with_orphans").asInt(), "the audit ran after the failure");
    }

    @Test
    void aFailedVolumeIsAWarningAndTheRunGoesOn() throws Exception {
        warehouse.fault("CREATE VOLUME IF NOT EXISTS `dbx_vol`.`shop`", "PERMISSION_DENIED", "injected: no CREATE VOLUME on this metastore");
        RunResult r = shop("dbx_vol").generate(target());
        assertTrue(r.succeeded(), r.toString());
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.step().startsWith("create volume") && w.error().contains("injected: no CREATE VOLUME")),
                r.warnings().toString());
        assertEquals(2_000 + 100L, r.rows("shop", "orders"), "the tables were still filled");
    }

    @Test
    void ctrlCCancelsTheStatementInFlightAndPrintsThePartialSummary() throws Exception {
        warehouse.clearStatements();
        warehouse.hold("INSERT INTO `dbx_cancel`.`aerospace`.`flights`");
        CliRun run = CliProcess.interruptWhen(env(), () -> warehouse.statements().stream().anyMatch(s -> s.get("outcome").asText().equals("held")),
                args("demo", "--target", "databricks", "--catalog", "dbx_cancel", "--scale", "0.0001",
                "--no-medallion", "--no-uc-best-practices", "--dq-profile", "clean"));
        assertEquals(130, run.exitCode(), "the JVM's exit on SIGINT: " + run);
        assertTrue(run.err().contains("Run of catalog dbx_cancel was cancelled."), run.err());
        assertTrue(run.err().contains("kept     what was created stays; run the same command again to finish"), run.err());
        List<JsonNode> sent = warehouse.statements();
        assertTrue(sent.stream().anyMatch(s -> s.get("outcome").asText().equals("cancelled") && s.get("sql").asText().startsWith("INSERT INTO `dbx_cancel`.`aerospace`.`flights`")),
                "the driver cancelled the statement in flight");
        assertFalse(sent.stream().anyMatch(s -> s.get("sql").asText().startsWith("CREATE OR REPLACE VIEW `dbx_cancel`")), "no step started after Ctrl-C");
    }

    @Test
    void noSecretAppearsInOutputConfigOrErrors() throws Exception {
        warehouse.fault("CREATE OR REPLACE VIEW `dbx_secret`.`shop`.`v_paid`", "PERMISSION_DENIED", "token " + LocalWarehouse.TOKEN + " may not create views");
        RunResult r = shop("dbx_secret").generate(target());
        assertFalse(r.toJson().contains(LocalWarehouse.TOKEN) || r.toString().contains(LocalWarehouse.TOKEN), r.toJson());
        assertTrue(r.errors().get(0).error().contains("token **** may not"), r.errors().toString());
        assertFalse(warehouse.workspace().toString().contains(LocalWarehouse.TOKEN) || warehouse.workspace().jdbcUrl().contains(LocalWarehouse.TOKEN));

        Path config = tmp.resolve("exported.json");
        CliRun export = CliProcess.run(env(), "demo", "--target", "databricks", "--catalog", "dbx_secret", "--export-config", config.toString());
        assertEquals(0, export.exitCode(), export.toString());
        CliRun run = CliProcess.run(env(), args("demo", "--target", "databricks", "--catalog", "dbx_secret2", "--scale", "0.0001",
                "--no-medallion", "--no-uc-best-practices", "--dq-profile", "clean", "--no-validate-referential-integrity"));
        assertEquals(0, run.exitCode(), run.toString());
        CliRun wrongToken = CliProcess.run(Map.of("DATABRICKS_HOST", warehouse.url(), "DATABRICKS_TOKEN", LocalWarehouse.TOKEN + "-revoked",
                "DATABRICKS_WAREHOUSE_ID", "local"), "demo", "--target", "databricks", "--catalog", "dbx_secret3", "--industry", "healthcare", "--scale", "0.00001");
        assertEquals(1, wrongToken.exitCode(), wrongToken.toString());
        for (String text : List.of(export.out(), export.err(), Files.readString(config), run.out(), run.err(), wrongToken.out(), wrongToken.err())) {
            assertFalse(text.contains(LocalWarehouse.TOKEN), text);
        }
    }

    @Test
    void missingOrWrongConfigurationIsBadInputThatSaysHowToConfigure() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve(".databrickscfg"), "[dev]\nhost = " + warehouse.url() + "\ntoken = " + LocalWarehouse.TOKEN + "\n");
        Map<String, String> h = Map.of("HOME", home.toString());
        CliRun profile = CliProcess.run(h, "demo", "--target", "databricks", "--catalog", "x", "--profile", "prod", "--warehouse", "local");
        assertEquals(2, profile.exitCode(), profile.toString());
        assertTrue(profile.err().contains("no profile 'prod'"), profile.err());
        CliRun warehouseless = CliProcess.run(h, "demo", "--target", "databricks", "--catalog", "x", "--profile", "dev");
        assertEquals(2, warehouseless.exitCode(), warehouseless.toString());
        assertTrue(warehouseless.err().contains("set DATABRICKS_WAREHOUSE_ID") && warehouseless.err().contains("--warehouse ID"), warehouseless.err());
        CliRun host = CliProcess.run(h, "demo", "--target", "databricks", "--catalog", "x", "--host", "dbc-123.cloud.databricks.com/path", "--warehouse", "w");
        assertEquals(2, host.exitCode(), host.toString());
        assertTrue(host.err().contains("--host") && host.err().contains("https://"), host.err());
        CliRun nothing = CliProcess.run(Map.of(), "demo", "--target", "databricks", "--catalog", "x", "--warehouse", "w");
        assertEquals(2, nothing.exitCode(), nothing.toString());
        assertTrue(nothing.err().contains("DATABRICKS_HOST and DATABRICKS_TOKEN"), nothing.err());
        // a profile that works, for contrast: the SDK reaches the warehouse's Unity Catalog API
        CliRun dev = CliProcess.run(h, "catalogs", "list", "--target", "databricks", "--profile", "dev", "--warehouse", "local");
        assertEquals(0, dev.exitCode(), dev.toString());
        for (CliRun r : List.of(profile, warehouseless, host, nothing)) assertEquals("", r.out(), "nothing runs on bad input");
    }
}
