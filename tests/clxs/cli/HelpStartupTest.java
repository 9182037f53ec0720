package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clxs --help} starts in a fraction of a second because it loads none of the heavy
 * libraries: DuckDB (a native library), the Databricks SDK and JDBC driver, Zerobus and Datafaker
 * are only loaded by the commands that use them. Checked in a fresh JVM that logs every class it loads.
 */
class HelpStartupTest {

    private static final List<String> HEAVY = List.of("org.duckdb.", "com.databricks.", "net.datafaker.");

    @TempDir
    Path tmp;

    @Test
    void helpLoadsNoneOfTheHeavyLibraries() throws Exception {
        Path log = tmp.resolve("classes.log");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Cli.class.getName(), "--help").redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("out.txt")));
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceFirst("^.*\\[class,load] ", "").split(" ")[0]).toList();
        // the log is complete: the CLI and picocli are in it
        assertTrue(loaded.contains(Cli.class.getName()) && loaded.contains("picocli.CommandLine"), "class log:\n" + loaded.size());
        List<String> heavy = loaded.stream().filter(c -> HEAVY.stream().anyMatch(c::startsWith)).toList();
        assertEquals(List.of(), heavy, "--help loads these");
    }
}
