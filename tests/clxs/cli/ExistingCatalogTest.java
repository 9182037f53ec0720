package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliRun;
import clxs.support.DirSnapshot;
import clxs.support.Duck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following the README's {@code demo} examples in order: a second local run of the same catalog
 * is refused (exit 2, saying what exists and the flag) instead of silently replacing it; a clone
 * made with {@code --dest-catalog} is clxs's; cleaning up the source alone says the clone remains.
 */
class ExistingCatalogTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondDemoOfTheSameCatalogIsRefusedUnlessDropExisting() throws Exception {
        String local = tmp.resolve("data").toString();
        CliRun first = CliRun.of("demo", "--catalog", "demo_test", "--industry", "healthcare", "--scale", "0.0001", "--seed", "42", "--local-dir", local);
        assertEquals(0, first.exitCode(), first.toString());
        DirSnapshot before = DirSnapshot.of(tmp.resolve("data"));

        CliRun schemaOnly = CliRun.of("demo", "--catalog", "demo_test", "--scale", "1", "--schema-only", "--local-dir", local);
        assertEquals(ExitCodes.BAD_INPUT, schemaOnly.exitCode(), schemaOnly.toString());
        assertTrue(schemaOnly.err().contains("catalog demo_test already exists: ") && schemaOnly.err().contains("healthcare")
                && schemaOnly.err().contains("--drop-existing"), schemaOnly.err());
        assertEquals("", schemaOnly.out(), "nothing ran");
        assertEquals(before, DirSnapshot.of(tmp.resolve("data")), "the catalog is untouched");

        CliRun replaced = CliRun.of("demo", "--catalog", "demo_test", "--industry", "retail", "--scale", "0.0001", "--drop-existing", "--local-dir", local);
        assertEquals(0, replaced.exitCode(), replaced.toString());
        try (Duck db = Duck.open(tmp.resolve("data"), "demo_test")) {
            assertEquals(0, db.longValue("SELECT count(*) FROM information_schema.schemata WHERE catalog_name = 'demo_test' AND schema_name = 'healthcare'"),
                    "--drop-existing replaces the catalog");
            assertTrue(db.longValue("SELECT count(*) FROM retail.orders") > 0);
        }
        assertFalse(Files.exists(tmp.resolve("data/volumes/demo_test/healthcare")), "with its volumes");
    }

    @Test
    void aCloneIsClxssAndCleaningUpTheSourceAloneSaysTheCloneRemains() {
        String local = tmp.resolve("data").toString();
        CliRun demo = CliRun.of("demo", "--catalog", "src", "--industry", "retail", "--scale", "0.0001", "--no-medallion", "--dest-catalog", "src_copy",
                "--local-dir", local);
        assertEquals(0, demo.exitCode(), demo.toString());
        CliRun list = CliRun.of("catalogs", "list", "--local-dir", local);
        assertTrue(list.out().matches("(?s).*src_copy\\s+yes\\s+.*"), list.out());

        CliRun cleanup = CliRun.of("demo", "--catalog", "src", "--cleanup", "--local-dir", local);
        assertEquals(0, cleanup.exitCode(), cleanup.toString());
        assertTrue(cleanup.out().contains("The clone src_copy of src remains; remove it too with: clxs demo --catalog src_copy --cleanup"), cleanup.out());
        assertTrue(Files.exists(tmp.resolve("data/src_copy.duckdb")));

        CliRun drop = CliRun.of("catalogs", "drop", "src_copy", "--confirm", "src_copy", "--local-dir", local);
        assertEquals(0, drop.exitCode(), "clxs made the clone, so it drops it without --force: " + drop);
        assertFalse(Files.exists(tmp.resolve("data/src_copy.duckdb")));
    }
}
