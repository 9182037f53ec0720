package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import clxs.settings.Json;
import clxs.support.CliRun;
import clxs.support.Duck;
import clxs.yaml.YamlIndustries;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom industries from the command line: {@code clxs industries list|show}, {@code --custom-industries}
 * on {@code demo}, the Clone-Xs form refused locally and a broken file refused before anything runs.
 */
class IndustriesCommandTest {

    static final Path AEROSPACE = Path.of("templates/aerospace.yaml");
    static final Path CLONE_XS = Path.of("tests/resources/yaml/clonexs/aerospace.yaml");

    @TempDir
    Path tmp;

    @Test
    void listShowsTheBuiltInsAndTheLoadedFiles() {
        CliRun plain = CliRun.of("industries", "list");
        assertEquals(0, plain.exitCode(), plain.toString());
        Industries.all().forEach(i -> assertTrue(plain.out().contains(i.name()), i.name() + " missing: " + plain.out()));
        assertFalse(plain.out().contains("aerospace"));

        CliRun loaded = CliRun.of("industries", "list", "--custom-industries", AEROSPACE.toString(), CLONE_XS.toString());
        assertEquals(2, loaded.exitCode(), "two files defining one industry name are refused: " + loaded);
        assertTrue(loaded.err().contains("also defined in"), loaded.err());

        CliRun one = CliRun.of("industries", "list", "--custom-industries", AEROSPACE.toString());
        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(one.out().lines().anyMatch(l -> l.startsWith("aerospace") && l.contains("templates/aerospace.yaml")), one.out());
    }

    @Test
    void showYamlOfABuiltInReadsBackAsTheBuiltIn() {
        CliRun show = CliRun.of("industries", "show", "retail", "--yaml");
        assertEquals(0, show.exitCode(), show.toString());
        assertEquals(Industries.RETAIL, YamlIndustries.parse(show.out(), "stdout").industry());

        CliRun table = CliRun.of("industries", "show", "retail");
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().contains("order_items") && table.out().contains("fact"), table.out());

        CliRun unknown = CliRun.of("industries", "show", "aerospace");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("unknown industry 'aerospace'"), unknown.err());
    }

    @Test
    void aCustomIndustryGeneratesLikeABuiltIn() throws Exception {
        Path dir = tmp.resolve("data");
        CliRun demo = CliRun.of("demo", "--catalog", "space", "--custom-industries", AEROSPACE.toString(), "--industry", "aerospace",
                "--scale", "0.001", "--seed", "5", "--local-dir", dir.toString(), "--json");
        assertEquals(0, demo.exitCode(), demo.toString());
        JsonNode r = Json.MAPPER.readTree(demo.out());
        assertEquals("aerospace", r.get("industries").get(0).asText());
        JsonNode ri = r.get("referential_integrity");
        assertTrue(ri.get("checks_run").asInt() > 0, ri.toString());
        assertEquals(0, ri.get("with_orphans").asInt(), ri.toString());
        try (Duck db = Duck.open(dir, "space")) {
            assertTrue(db.longValue("SELECT count(*) FROM aerospace.flights") > 0);
        }

        // the definition exports with its files and reads back from the config
        Path config = tmp.resolve("space.json");
        CliRun export = CliRun.of("demo", "--catalog", "space2", "--custom-industries", AEROSPACE.toString(), "--industry", "aerospace",
                "--scale", "0.001", "--export-config", config.toString());
        assertEquals(0, export.exitCode(), export.toString());
        JsonNode saved = Json.MAPPER.readTree(Files.readString(config));
        assertEquals(AEROSPACE.toString(), saved.get("custom_industries").get(0).asText());
        CliRun sql = CliRun.of("sql", "--config", config.toString(), "--dialect", "duckdb");
        assertEquals(0, sql.exitCode(), sql.toString());
        assertTrue(sql.out().contains("\"space2\".\"aerospace\".\"flights\""), "the config's custom industry compiles");
    }

    @Test
    void theCloneXsFormIsRefusedLocallyBeforeAnythingRuns() {
        Path dir = tmp.resolve("data");
        CliRun demo = CliRun.of("demo", "--catalog", "cx", "--custom-industries", CLONE_XS.toString(), "--industry", "aerospace", "--scale", "0.001",
                "--local-dir", dir.toString());
        assertEquals(2, demo.exitCode(), demo.toString());
        assertTrue(demo.err().contains(CLONE_XS.toString()), "names the file: " + demo.err());
        assertTrue(demo.err().contains("portable"), "suggests the portable form: " + demo.err());
        assertFalse(Files.exists(dir), "nothing created");
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndKeyPath() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, """
                name: rockets
                description: Rockets
                tables:
                  - name: launches
                    role: fact
                    rows: 1000
                    columns:
                      - name: launch_id
                        sequence: {}
                      - name: pad_id
                        fk: pads
                """);
        Path dir = tmp.resolve("data");
        CliRun demo = CliRun.of("demo", "--catalog", "r", "--custom-industries", bad.toString(), "--industry", "rockets", "--local-dir", dir.toString());
        assertEquals(2, demo.exitCode(), demo.toString());
        assertTrue(demo.err().contains(bad + ":11:"), "line of the bad key: " + demo.err());
        assertTrue(demo.err().contains("tables[0].columns[1]"), "key path: " + demo.err());
        assertFalse(Files.exists(dir), "nothing created");
    }
}
