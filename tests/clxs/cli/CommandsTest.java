package clxs.cli;

import clxs.settings.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.Clxs;
import clxs.DemoCatalog;
import clxs.DemoCatalogJson;
import clxs.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "sql", "query"})
    void everyCommandAnswersHelpAndVersion(String command) {
        String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        CliRun h = CliRun.of(help);
        assertEquals(0, h.exitCode(), h.toString());
        assertTrue(h.out().contains("Usage: clxs" + (command.isEmpty() ? "" : " " + command)), h.out());
        assertTrue(h.out().contains("Examples:"), h.out());
        String[] version = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        CliRun v = CliRun.of(version);
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("clxs " + Clxs.VERSION), v.out());
    }

    @Test
    void sqlPrintsDatabricksSqlWithRangeThreePartNamesAndBackticks() {
        CliRun r = CliRun.of("sql", "--catalog", "x", "--industry", "healthcare", "--scale", "0.01", "--seed", "3");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("CREATE CATALOG IF NOT EXISTS `x`;"), r.out());
        assertTrue(r.out().contains("INSERT INTO `x`.`healthcare`.`claims`\nSELECT "), "three-part, backticked insert");
        assertTrue(r.out().contains("FROM range(1, 1000001)\n"), "claims rows come from range()");
        assertTrue(r.out().contains("CREATE OR REPLACE FUNCTION `x`.`healthcare`.`mask_ssn`(`ssn` STRING)"), "SQL UDFs");
        assertFalse(r.out().contains("explode(sequence"), "never explode(sequence()): it runs as one task");
        assertFalse(r.out().contains("rand()"), "randomness comes from hashes, not rand()");
    }

    @Test
    void sqlForDuckdbUsesMacrosAndDoubleQuotes() {
        CliRun r = CliRun.of("sql", "--catalog", "x", "--industry", "healthcare", "--scale", "0.001", "--dialect", "duckdb");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("CREATE OR REPLACE MACRO \"x\".\"healthcare\".\"mask_ssn\"(ssn)"), r.out());
        assertTrue(r.out().contains("FROM range(1, 100001) AS t(id)"), r.out());
    }

    @Test
    void demoGeneratesReportsJsonAndTheQueryCommandReadsIt() throws Exception {
        Path dir = tmp.resolve("data");
        CliRun r = CliRun.of("demo", "--catalog", "cli_demo", "--industry", "healthcare", "--scale", "0.0005", "--seed", "11",
                "--local-dir", dir.toString(), "--json", "--no-medallion", "--dq-profile", "clean");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertEquals("succeeded", json.get("status").asText());
        assertEquals("cli_demo", json.get("catalog_name").asText());
        assertEquals(11, json.get("seed").asLong());
        assertEquals(20, json.get("tables").size());
        assertEquals(24, json.get("views").size(), "20 healthcare views and the 4 data_catalog views");
        assertEquals(24, json.get("udfs").size(), "20 healthcare functions and 4 access-policy functions");
        assertEquals(99_250, json.get("total_rows").asLong());
        assertTrue(Files.exists(dir.resolve("cli_demo.duckdb")));
        assertTrue(r.err().contains("healthcare") && r.err().contains("rows/s"), "plain progress lines when not a terminal: " + r.err());

        CliRun count = CliRun.of("query", "select count(*) AS n from cli_demo.healthcare.claims", "--local-dir", dir.toString());
        assertEquals(0, count.exitCode(), count.toString());
        assertTrue(count.out().contains("50000"), count.out());

        CliRun csv = CliRun.of("query", "--catalog", "cli_demo", "select status, count(*) AS n from healthcare.claims group by 1 order by 1",
                "--local-dir", dir.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("status,n\r\nAPPEALED,"), csv.out());

        CliRun js = CliRun.of("query", "select 1 AS one, 'a,b' AS s", "--local-dir", dir.toString(), "--format", "json");
        JsonNode rows = Json.MAPPER.readTree(js.out());
        assertEquals(1, rows.get(0).get("one").asInt());
        assertEquals("a,b", rows.get(0).get("s").asText());

        CliRun bad = CliRun.of("query", "select * from cli_demo.healthcare.no_such_table", "--local-dir", dir.toString());
        assertEquals(ExitCodes.RUN_FAILED, bad.exitCode());
        assertTrue(bad.err().contains("no_such_table"), bad.err());

        CliRun write = CliRun.of("query", "drop table cli_demo.healthcare.claims", "--local-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, write.exitCode(), "query runs reads only: " + write);

        CliRun cleanup = CliRun.of("demo", "--catalog", "cli_demo", "--cleanup", "--local-dir", dir.toString());
        assertEquals(0, cleanup.exitCode());
        assertFalse(Files.exists(dir.resolve("cli_demo.duckdb")));
        assertTrue(CliRun.of("demo", "--catalog", "cli_demo", "--cleanup", "--local-dir", dir.toString()).out().contains("Nothing to clean up"));
    }

    @Test
    void queryWithoutCatalogsSaysHowToMakeOne() {
        CliRun r = CliRun.of("query", "select 1", "--local-dir", tmp.resolve("empty").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("clxs demo --catalog"), r.err());
    }

    @Test
    void exportedConfigReadsBackWithFlagsOverridingIt() throws Exception {
        Path config = tmp.resolve("preset.json");
        CliRun export = CliRun.of("demo", "--catalog", "preset", "--industry", "healthcare", "--scale", "0.02", "--seed", "5",
                "--start-date", "2021-01-01", "--end-date", "2022-12-31", "--export-config", config.toString(), "--local-dir", tmp.resolve("d").toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertFalse(Files.exists(tmp.resolve("d")), "export does not generate");
        DemoCatalog read = DemoCatalog.fromJson(Files.readString(config));
        assertEquals(0.02, read.scale());
        assertEquals(5L, read.seed());
        assertEquals("2022-12-31", read.settings().endDate().toString());

        CliRun sql = CliRun.of("sql", "--config", config.toString(), "--scale", "0.001");
        assertEquals(0, sql.exitCode(), sql.toString());
        assertTrue(sql.out().contains("-- industries: healthcare; scale 0.001; seed 5;"), sql.out());
        assertTrue(sql.out().contains("DATE '2021-01-01'"), "dates come from the config");
    }

    @Test
    void unknownConfigFieldsAreReportedNotFatal() throws Exception {
        Path config = Files.writeString(tmp.resolve("peer.json"), "{\"catalog_name\": \"peer\", \"industries\": [\"healthcare\"], "
                + "\"scale_factor\": 0.001, \"generate_notebook\": true}");
        CliRun r = CliRun.of("sql", "--config", config.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("generate_notebook"), r.err());
    }

    @Test
    void dryRunPrintsDuckdbSqlAndCreatesNothing() {
        Path dir = tmp.resolve("dry");
        CliRun r = CliRun.of("demo", "--catalog", "dry", "--industry", "healthcare", "--scale", "0.001", "--dry-run", "--local-dir", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("CREATE OR REPLACE TABLE \"dry\".\"healthcare\".\"claims\""), r.out());
        assertFalse(Files.exists(dir));
        CliRun json = CliRun.of("demo", "--catalog", "dry", "--industry", "healthcare", "--scale", "0.001", "--dry-run", "--json");
        assertTrue(json.out().contains("\"status\" : \"dry_run\""), json.out());
        assertTrue(json.out().contains("\"total_rows\" : 198500"), json.out());
    }

    @Test
    void industriesAcceptSpacesAndCommas() {
        CliRun spaces = CliRun.of("sql", "--catalog", "x", "--industry", "healthcare", "healthcare", "--scale", "0.001");
        CliRun commas = CliRun.of("sql", "--catalog", "x", "--industry", "healthcare,healthcare", "--scale", "0.001");
        assertEquals(0, spaces.exitCode(), spaces.toString());
        assertEquals(0, commas.exitCode(), commas.toString());
        String healthcare = "CREATE SCHEMA IF NOT EXISTS `x`.`healthcare`";
        assertEquals(List.of(1L, 1L), List.of(count(spaces.out(), healthcare), count(commas.out(), healthcare)));
    }

    private static long count(String text, String needle) {
        return text.lines().filter(l -> l.startsWith(needle)).count();
    }
}
