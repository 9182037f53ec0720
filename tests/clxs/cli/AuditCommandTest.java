package clxs.cli;

import clxs.settings.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalogJson;
import clxs.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foreign-key audit: clean after generation, and it catches a value corrupted afterwards. */
class AuditCommandTest {

    @TempDir
    Path dir;

    @Test
    void theAuditPassesOnAFreshCatalogAndCatchesACorruptedForeignKey() throws Exception {
        CliRun demo = CliRun.of("demo", "--catalog", "audited", "--industry", "healthcare", "--scale", "0.0002", "--seed", "5", "--no-medallion", "--dq-profile", "clean",
                "--local-dir", dir.toString(), "--json");
        assertEquals(0, demo.exitCode(), demo.toString());
        JsonNode ri = Json.MAPPER.readTree(demo.out()).get("referential_integrity");
        assertEquals(ri.get("checks_run").asInt(), ri.get("orphan_free").asInt());
        assertEquals(0, ri.get("with_orphans").asInt());
        JsonNode first = ri.get("details").get(0);
        assertEquals("healthcare", first.get("industry").asText());
        assertEquals("claims", first.get("child").asText());
        assertEquals("patient_id", first.get("fk").asText());
        assertEquals("patients", first.get("parent").asText());
        assertEquals("patient_id", first.get("parent_pk").asText());
        assertEquals(20_000, first.get("child_sampled").asLong());

        CliRun clean = CliRun.of("audit", "--catalog", "audited", "--local-dir", dir.toString());
        assertEquals(0, clean.exitCode(), clean.toString());
        // one line when every key is orphan-free; every key with --verbose
        assertEquals("Catalog audited (healthcare): " + ri.get("checks_run").asInt() + " foreign keys checked, all orphan-free "
                + "(up to 20,000 child rows sampled per key; --verbose lists every key).\n", clean.out());
        CliRun verbose = CliRun.of("audit", "--catalog", "audited", "--local-dir", dir.toString(), "--verbose");
        assertTrue(verbose.out().contains("✓ healthcare.claims.patient_id -> patients.patient_id (20,000 sampled)"), verbose.out());
        assertEquals(ri.get("checks_run").asInt() + 1, verbose.out().lines().count(), verbose.out());
        // the JSON holds what means something for an audit, not the generation settings of a run
        JsonNode cleanJson = Json.MAPPER.readTree(CliRun.of("audit", "--catalog", "audited", "--local-dir", dir.toString(), "--json").out());
        assertEquals("audited", cleanJson.get("catalog_name").asText());
        assertEquals("[\"healthcare\"]", cleanJson.get("industries").toString());
        assertEquals(ri.get("checks_run").asInt(), cleanJson.get("referential_integrity").get("details").size());
        for (String meaningless : new String[] {"scale_factor", "seed", "tables", "views", "udfs", "schemas", "total_rows", "enrichments", "status", "errors"}) {
            assertFalse(cleanJson.has(meaningless), meaningless + " in " + cleanJson);
        }

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("audited.duckdb")); Statement s = c.createStatement()) {
            s.execute("UPDATE healthcare.claims SET patient_id = 987654321 WHERE claim_id IN (1, 2)");
        }
        CliRun dirty = CliRun.of("audit", "--catalog", "audited", "--local-dir", dir.toString(), "--json");
        assertEquals(ExitCodes.RUN_FAILED, dirty.exitCode(), dirty.toString());
        JsonNode audit = Json.MAPPER.readTree(dirty.out()).get("referential_integrity");
        assertEquals(1, audit.get("with_orphans").asInt());
        for (JsonNode d : audit.get("details")) {
            boolean corrupted = d.get("child").asText().equals("claims") && d.get("fk").asText().equals("patient_id");
            assertEquals(corrupted ? 2 : 0, d.get("orphans").asLong(), d.toString());
            if (corrupted) assertEquals(0.01, d.get("orphan_pct").asDouble(), 1e-9);
        }
        CliRun text = CliRun.of("audit", "--catalog", "audited", "--local-dir", dir.toString());
        assertEquals(ExitCodes.RUN_FAILED, text.exitCode(), text.toString());
        // the keys with orphans are listed without --verbose, and only they
        assertTrue(text.out().contains(": 1 with orphans, "), text.out());
        assertTrue(text.out().contains("✗ healthcare.claims.patient_id -> patients.patient_id: 2 orphans of 20,000 sampled (0.01%)"), text.out());
        assertEquals(2, text.out().lines().count(), text.out());
    }

    @Test
    void theAuditCanBeTurnedOffAndSaysSo() throws Exception {
        CliRun r = CliRun.of("demo", "--catalog", "unaudited", "--industry", "healthcare", "--scale", "0.0002", "--no-medallion",
                "--no-validate-referential-integrity", "--local-dir", dir.toString(), "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertFalse(json.has("referential_integrity"));
        assertTrue(r.out().contains("validate_referential_integrity: false"), r.out());
    }

    @Test
    void auditingAMissingCatalogIsBadInput() {
        CliRun r = CliRun.of("audit", "--catalog", "nope", "--local-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("no local catalog nope"), r.err());
    }
}
