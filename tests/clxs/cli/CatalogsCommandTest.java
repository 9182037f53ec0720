package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clxs catalogs list|drop} on the local catalogs (DuckDB files). */
class CatalogsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listsAndDropsLocalCatalogs() throws Exception {
        Path dir = tmp.resolve("data");
        CliRun demo = CliRun.of("demo", "--catalog", "cat_demo", "--industry", "retail", "--scale", "0.0002", "--dest-catalog", "cat_copy",
                "--local-dir", dir.toString());
        assertEquals(0, demo.exitCode(), demo.toString());
        CliRun list = CliRun.of("catalogs", "list", "--local-dir", dir.toString());
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().matches("(?s).*cat_demo\\s+yes\\s+\\d+\\s+\\d+\\s+\\d+.*"), list.out());
        assertTrue(list.out().matches("(?s).*cat_copy\\s+yes\\s+.*"), "a clone clxs made carries its mark: " + list.out());
        java.nio.file.Files.writeString(dir.resolve("notes.duckdb"), "not a catalog");
        CliRun demoOnly = CliRun.of("catalogs", "list", "--local-dir", dir.toString(), "--demo-only", "--json");
        assertTrue(demoOnly.out().contains("\"catalog\" : \"cat_demo\"") && demoOnly.out().contains("cat_copy") && !demoOnly.out().contains("notes"),
                demoOnly.out());

        CliRun refused = CliRun.of("catalogs", "drop", "notes", "--confirm", "notes", "--local-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode(), "not clxs's: " + refused);
        CliRun wrong = CliRun.of("catalogs", "drop", "cat_demo", "--confirm", "cat_dem0", "--local-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, wrong.exitCode());
        assertTrue(Files.exists(dir.resolve("cat_demo.duckdb")));
        CliRun dropped = CliRun.of("catalogs", "drop", "cat_demo", "--confirm", "cat_demo", "--local-dir", dir.toString());
        assertEquals(0, dropped.exitCode(), dropped.toString());
        assertTrue(dropped.out().startsWith("Dropped catalog cat_demo: "), dropped.out());
        assertFalse(Files.exists(dir.resolve("cat_demo.duckdb")) || Files.exists(dir.resolve("volumes/cat_demo")));
        CliRun missing = CliRun.of("catalogs", "drop", "cat_demo", "--confirm", "cat_demo", "--local-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("there is no catalog cat_demo"), missing.err());
    }
}
