package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input found to fail late, wrap silently or fail without a reason: each is refused up front with
 * exit 2 and a message naming the setting, before anything is created.
 */
class InputValidationTest {

    @TempDir
    Path tmp;

    private CliRun demo(Path local, String... args) {
        List<String> all = new ArrayList<>(List.of("demo", "--local-dir", local.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void assertRefused(CliRun r, String... mentions) {
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        for (String m : mentions) assertTrue(r.err().contains(m), "should mention " + m + ": " + r.err());
        assertEquals("", r.out(), "nothing ran");
    }

    @Test
    void namesThatCannotBeLocalCatalogsAreRefusedBeforeAnyFolderIsMade() {
        Path local = tmp.resolve("never-made");
        String longName = "c".repeat(241);
        assertRefused(demo(local, "--catalog", longName, "--industry", "retail", "--scale", "0.0001"), "--catalog (catalog_name)", "241 characters long");
        for (String reserved : List.of("memory", "system", "TEMP", "main")) {
            assertRefused(demo(local, "--catalog", reserved, "--industry", "retail", "--scale", "0.0001"), "--catalog (catalog_name)", "reserved by DuckDB");
        }
        assertRefused(demo(local, "--catalog", "ok", "--dest-catalog", "system", "--industry", "retail", "--scale", "0.0001"), "--dest-catalog", "reserved");
        assertRefused(demo(local, "--catalog", "memory", "--cleanup"), "reserved by DuckDB");
        assertFalse(Files.exists(local), "no folder was created");
    }

    @Test
    void configValuesThatMeantSomethingElseAreRefused() throws Exception {
        Path local = tmp.resolve("never-made");
        record Case(String json, String... mentions) {}
        List<Case> cases = List.of(
                new Case("{\"catalog_name\": \"c\", \"scale_factor\": null}", "--scale (scale_factor)", "is null"),
                new Case("{\"catalog_name\": \"c\", \"industries\": null}", "--industry (industries)", "is null"),
                new Case("{\"catalog_name\": \"c\", \"max_workers\": 4294967297}", "--max-workers (max_workers)", "4294967297"),
                new Case("{\"catalog_name\": \"c\", \"scale_factor\": 0.01} {\"scale_factor\": 1}", "--config (config)", "not valid JSON"),
                new Case("{\"catalog_name\": \"c\"} trailing text", "--config (config)", "not valid JSON"));
        for (Case c : cases) {
            Path config = Files.writeString(tmp.resolve("config-" + Math.abs(c.json().hashCode()) + ".json"), c.json());
            assertRefused(demo(local, "--config", config.toString()), c.mentions());
        }
        assertFalse(Files.exists(local));
    }

    @Test
    void flagValuesThatOverflowOrAreNotDecimalAreRefusedNamingTheFlag() {
        Path local = tmp.resolve("never-made");
        assertRefused(demo(local, "--catalog", "c", "--batch-size", "9223372036854775807"), "--batch-size (batch_size)", "50,000,000");
        assertRefused(demo(local, "--catalog", "c", "--scale", "0x1p3"), "--scale", "not a decimal number");
        assertRefused(demo(local, "--catalog", "c", "--scale", "Infinity"), "--scale");
        assertEquals(0, CliRun.of("sql", "--catalog", "c", "--industry", "retail", "--scale", "1e-3").exitCode(), "an exponent is a decimal");
        assertFalse(Files.exists(local));
    }

    @Test
    void exportConfigSaysWhyItCannotWriteAndDoesNotOverwriteWithoutForce() throws Exception {
        Path local = tmp.resolve("d");
        assertRefused(demo(local, "--catalog", "c", "--export-config", tmp.resolve("no/such/folder/c.json").toString()),
                "cannot write --export-config", "its folder does not exist");
        Path existing = Files.writeString(tmp.resolve("mine.json"), "my own notes\n");
        assertRefused(demo(local, "--catalog", "c", "--export-config", existing.toString()), "exists; add --force");
        assertEquals("my own notes\n", Files.readString(existing));
        CliRun forced = demo(local, "--catalog", "c", "--export-config", existing.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.toString());
        assertTrue(Files.readString(existing).contains("\"catalog_name\" : \"c\""));
    }

    @Test
    void aLocalDirThatIsAFileGetsAReason() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        assertRefused(demo(file, "--catalog", "c", "--industry", "retail", "--scale", "0.0001"), "is a file, not a directory");
        assertRefused(demo(file, "--catalog", "c", "--cleanup"), "is a file, not a directory");
        assertEquals("x", Files.readString(file));
    }
}
