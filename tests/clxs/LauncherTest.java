package clxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.UsesJBangCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import clxs.support.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./jbang} launcher, run for real: the README's first command end to end,
 * and the messages a machine without a JDK or Maven gets. The end-to-end run installs JBang from
 * Maven Central on a fresh machine (CI), so it can take a minute the first time.
 */
@UsesJBangCache
class LauncherTest {

    @TempDir
    Path tmp;

    private Launcher.Result run(Map<String, String> env, boolean inheritJavaHome, String... args) throws IOException, InterruptedException {
        Map<String, String> all = new java.util.HashMap<>(env);
        if (!inheritJavaHome && !env.containsKey("JAVA_HOME")) all.put("JAVA_HOME", null);
        return new Launcher(tmp).run(all, null, args);
    }

    /** A PATH with bash and nothing else: no java, no javac, no mvn. */
    private String barePath() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bare-bin"));
        Path bash = Files.exists(Paths.get("/bin/bash")) ? Paths.get("/bin/bash") : Paths.get("/usr/bin/bash");
        Files.createSymbolicLink(bin.resolve("bash"), bash);
        return bin.toString();
    }

    @Test
    void withoutAJdkItSaysSoAndHowToFixIt() throws Exception {
        Launcher.Result r = run(Map.of("PATH", barePath(), "JBANG_DIR", tmp.resolve("jb").toString()), false, "--version");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("no Java JDK found") && r.err().contains("JAVA_HOME"), r.err());
    }

    @Test
    void withoutMavenOnAFreshMachineItSaysSo() throws Exception {
        Launcher.Result r = run(Map.of("PATH", barePath(), "JAVA_HOME", System.getProperty("java.home"), "JBANG_DIR", tmp.resolve("jb").toString()),
                true, "--version");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("Maven ('mvn') was not found"), r.err());
    }

    @Test
    void theReadmeCommandsGenerateAndQueryALocalCatalog() throws Exception {
        Path data = tmp.resolve("clxs-data");
        Launcher.Result demo = run(Map.of(), true, "clxs.java", "demo", "--catalog", "readme_demo", "--industry", "healthcare", "--scale", "0.0005",
                "--seed", "3", "--local-dir", data.toString());
        assertEquals(0, demo.exit(), demo.toString());
        assertTrue(demo.out().contains("Catalog readme_demo is ready."), demo.out());
        assertTrue(Files.exists(data.resolve("readme_demo.duckdb")));

        Launcher.Result query = run(Map.of(), true, "clxs.java", "query", "select count(*) AS claims from readme_demo.healthcare.claims",
                "--local-dir", data.toString());
        assertEquals(0, query.exit(), query.toString());
        // 50,000 generated claims and the 100 duplicates of the default data-quality profile
        assertTrue(query.out().contains("50100"), query.out());

        // an empty argument reaches the program as one ("" used to vanish between JBang and the command it prints)
        Launcher.Result empty = run(Map.of(), true, "clxs.java", "query", "", "--local-dir", data.toString());
        assertEquals(2, empty.exit(), empty.toString());
        assertTrue(empty.err().contains("the SQL query is empty"), empty.err());
        Launcher.Result spaced = run(Map.of(), true, "clxs.java", "query", "select '' AS e, 'a  b' AS f", "--local-dir", data.toString(), "--format", "csv");
        assertEquals(0, spaced.exit(), spaced.toString());
        assertTrue(spaced.out().startsWith("e,f\r\n,a  b\r\n"), spaced.out());
    }
}
