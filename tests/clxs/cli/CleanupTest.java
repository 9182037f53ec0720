package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliRun;
import clxs.support.Duck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clxs demo --cleanup} removes everything a run made: the catalog, its volumes, its clone template and its clone. */
class CleanupTest {

    @TempDir
    Path tmp;

    private List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void cleanupRemovesTheCatalogItsVolumesTemplateAndClone() throws IOException {
        Path dir = tmp.resolve("data");
        CliRun demo = CliRun.of("demo", "--catalog", "tidy", "--industry", "retail", "--scale", "0.0002", "--seed", "4", "--dest-catalog", "tidy_copy",
                "--local-dir", dir.toString());
        assertEquals(0, demo.exitCode(), demo.toString());
        List<String> made = files(dir);
        assertTrue(made.containsAll(List.of("tidy.duckdb", "tidy_copy.duckdb", "config/demo_clone_tidy.json",
                "volumes/tidy/retail/sample_data/order_items.parquet")), made.toString());

        CliRun dry = CliRun.of("demo", "--catalog", "tidy", "--dest-catalog", "tidy_copy", "--cleanup", "--dry-run", "--local-dir", dir.toString());
        assertEquals(0, dry.exitCode(), dry.toString());
        assertTrue(dry.out().contains("remove the local catalog tidy") && dry.out().contains("tidy_copy"), dry.out());
        assertEquals(made, files(dir), "a dry run removes nothing");

        CliRun cleanup = CliRun.of("demo", "--catalog", "tidy", "--dest-catalog", "tidy_copy", "--cleanup", "--local-dir", dir.toString());
        assertEquals(0, cleanup.exitCode(), cleanup.toString());
        assertTrue(cleanup.out().contains("Removed local catalog tidy and tidy_copy"), cleanup.out());
        assertEquals(List.of(), files(dir), "nothing the run made is left");

        CliRun again = CliRun.of("demo", "--catalog", "tidy", "--cleanup", "--local-dir", dir.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("Nothing to clean up"), again.out());
    }

    @Test
    void aCleanProfileGetsEnforcedPrimaryKeysLocally() {
        Path dir = tmp.resolve("keys");
        CliRun demo = CliRun.of("demo", "--catalog", "keyed", "--industry", "healthcare", "--scale", "0.0002", "--seed", "4", "--dq-profile", "clean",
                "--no-medallion", "--local-dir", dir.toString(), "--json");
        assertEquals(0, demo.exitCode(), demo.toString());
        assertTrue(demo.out().contains("\"enrichment\" : \"primary_keys\",\n    \"applied\" : 20"), demo.out());
        try (Duck db = Duck.open(dir, "keyed")) {
            assertEquals(20, db.longValue("SELECT count(*) FROM duckdb_constraints() WHERE database_name = 'keyed' AND constraint_type = 'PRIMARY KEY'"));
        }
        assertFalse(demo.out().contains("\"warnings\" : [ {"), "no optional step failed");
    }
}
