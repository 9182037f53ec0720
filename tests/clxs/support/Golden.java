package clxs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files under {@code tests/resources/golden}. A mismatch fails the test; after a deliberate
 * change, rerun with {@code -Dclxs.updateGolden=true} to rewrite them, and review the diff.
 */
public final class Golden {

    private static final Path DIR = Paths.get("tests", "resources", "golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("clxs.updateGolden") || !Files.exists(file)) {
                if (!Boolean.getBoolean("clxs.updateGolden")) {
                    throw new AssertionError("golden file " + file + " is missing; run with -Dclxs.updateGolden=true to create it");
                }
                Files.createDirectories(DIR);
                Files.writeString(file, actual);
                return;
            }
            assertEquals(Files.readString(file), actual, "differs from " + file + " (rerun with -Dclxs.updateGolden=true after a deliberate change)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
