package clxs;

import clxs.settings.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.Duck;
import clxs.support.Launcher;
import clxs.support.UsesJBangCache;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * How users meet clxs through JBang, run for real through the repository's {@code ./jbang}: the
 * catalog's aliases, the recipes at a tiny scale, the {@code jbang init} templates, the JShell
 * notebook, and {@code jbang app install}. The quick, sales, full and star-schema demos and
 * {@code cleanup} are run, and their output checked, where the README runs them (ReadmeTest,
 * ReadmeChecks), not a second time here.
 */
@UsesJBangCache
class JBangDistributionTest {

    @TempDir
    Path tmp;

    private Launcher.Result jbang(String... args) throws Exception {
        return new Launcher(tmp).run(args);
    }

    private static JsonNode catalog() throws Exception {
        return Json.MAPPER.readTree(Files.readString(Launcher.ROOT.resolve("jbang-catalog.json")));
    }

    @TestFactory
    List<DynamicTest> everyAliasBuildsAndAnswersHelp() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        java.util.Set<String> refs = new java.util.TreeSet<>();
        catalog().get("aliases").fields().forEachRemaining(e -> {
            String ref = e.getValue().get("script-ref").asText();
            refs.add(ref);
            if (ref.endsWith(".jsh")) return; // the notebook runs below
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                assertTrue(Files.exists(Launcher.ROOT.resolve(ref)), ref);
                assertTrue(e.getValue().get("description").asText().contains("Example: jbang "), e.getKey() + " shows an example command");
                Launcher.Result r = jbang(e.getKey(), "--help");
                assertEquals(0, r.exit(), r.toString());
                assertTrue(r.out().contains("Usage: "), r.toString());
            }));
        });
        // every recipe in recipes/ is published, and nothing else but the CLI itself
        java.util.Set<String> published = new java.util.TreeSet<>();
        try (var files = Files.list(Launcher.ROOT.resolve("recipes"))) {
            files.forEach(f -> published.add("recipes/" + f.getFileName()));
        }
        published.add("clxs.java");
        assertEquals(published, refs, "one alias per recipe, plus the CLI");
        assertEquals(refs.size(), tests.size() + 1, "every alias but the notebook answers --help");
        return tests;
    }

    /** What ReadmeTest, which runs the README's quick-demo, star-schema and cleanup lines and checks their output, does not run: a bad scale. */
    @Test
    void quickDemoRefusesAZeroScale() throws Exception {
        Path dir = tmp.resolve("data");
        Launcher.Result bad = jbang("quick-demo", "--scale", "0", "--local-dir", dir.toString());
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().startsWith("quick-demo: invalid --scale"), bad.err());
        assertFalse(Files.exists(dir.resolve("quick_demo.duckdb")), "nothing created");
    }

    @Test
    void mlLabelsRecipePrintsPositiveRatesAndFeatureLabelTables() throws Exception {
        Launcher.Result r = jbang("ml-labels", "--scale", "0.0005", "--anomaly-rate", "0.1", "--rows", "3", "--local-dir", tmp.resolve("data").toString());
        assertEquals(0, r.exit(), r.toString());
        for (String label : List.of("financial.transactions.is_fraud", "telecom.subscribers.churn_risk", "healthcare.encounters.is_anomaly",
                "manufacturing.sensor_readings.is_anomaly")) {
            assertTrue(r.out().matches("(?s).*" + label.replace(".", "\\.") + "\\s+(BOOLEAN|DOUBLE)\\s+0\\.1000\\s+0\\.\\d{4}.*"), label + " rate line: " + r.out());
            assertTrue(r.out().contains("-- " + label), label + " feature table");
        }
        assertTrue(r.out().contains("amount_vs_balance") && r.out().contains("abs_z") && r.out().contains("label"), r.out());
    }

    @Test
    void recipesPassTheTargetThrough() throws Exception {
        // no workspace configured (an empty HOME, no DATABRICKS_* variables): the recipe says how to configure one
        Map<String, String> unconfigured = new java.util.HashMap<>(Map.of("HOME", Files.createDirectories(tmp.resolve("home")).toString(),
                "JBANG_DIR", jbangDir().toString()));
        for (String v : List.of("DATABRICKS_HOST", "DATABRICKS_TOKEN", "DATABRICKS_CONFIG_PROFILE", "DATABRICKS_CONFIG_FILE", "DATABRICKS_WAREHOUSE_ID")) {
            unconfigured.put(v, null);
        }
        Launcher.Result r = new Launcher(tmp).run(unconfigured, null, "quick-demo", "--target", "databricks", "--local-dir", tmp.resolve("data").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().startsWith("quick-demo: no Databricks workspace is configured") && r.err().contains("DATABRICKS_HOST"), r.err());
        Launcher.Result dry = jbang("quick-demo", "--dry-run", "--target", "databricks");
        assertEquals(0, dry.exit(), dry.toString());
        assertTrue(dry.out().contains("CREATE OR REPLACE TABLE `quick_demo`.`healthcare`.`claims`"), dry.out());
    }

    @Test
    void theTemplatesRenderAndTheRenderedScriptsRun() throws Exception {
        String lib = "-Dclxs=" + Launcher.ROOT.resolve("dsl/clxs/Clxs.java");
        Path recipe = tmp.resolve("my_demo.java");
        Launcher.Result init = jbang("init", "-t", "clxs-recipe", lib, "-Dindustry=energy", "-Dscale=0.0005", recipe.toString());
        assertEquals(0, init.exit(), init.toString());
        assertTrue(Files.readString(recipe).contains("public class my_demo implements Callable<Integer>"));
        Launcher.Result run = jbang(recipe.toString(), "--local-dir", tmp.resolve("data").toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("Catalog my_demo is ready.") && run.out().contains("energy"), run.out());

        Path industry = tmp.resolve("aerospace.java");
        init = jbang("init", "-t", "clxs-industry", lib, "-Dindustry=aerospace", "-Dscale=0.001", industry.toString());
        assertEquals(0, init.exit(), init.toString());
        Launcher.Result custom = new Launcher(tmp).run(Map.of("CLXS_HOME", tmp.resolve("data").toString()), null, industry.toString());
        assertEquals(0, custom.exit(), custom.toString());
        try (Duck db = Duck.open(tmp.resolve("data"), "aerospace_demo")) {
            assertEquals(1_000, db.longValue("SELECT count(*) FROM aerospace.orders") - db.longValue("SELECT count(*) - count(DISTINCT order_id) FROM aerospace.orders"));
            assertTrue(db.longValue("SELECT count(*) FROM aerospace.v_revenue_by_state") > 10);
            assertEquals("LARGE", db.value("SELECT aerospace.order_size(750)"));
        }

        Path yamlIndustry = tmp.resolve("school.yaml");
        init = jbang("init", "-t", "clxs-yaml-industry", "-Dindustry=school_supplies", yamlIndustry.toString());
        assertEquals(0, init.exit(), init.toString());
        clxs.model.Industry school = clxs.industries.Industries.fromYaml(yamlIndustry).get(0);
        assertEquals("school_supplies", school.name());
        assertEquals(List.of("customers", "products", "orders"), school.tables().stream().map(clxs.model.Table::name).toList());
    }

    @Test
    void theNotebookRunsAndCanLeaveYouInJShell() throws Exception {
        Map<String, String> home = Map.of("CLXS_HOME", tmp.resolve("nb").toString());
        Launcher.Result r = new Launcher(tmp).run(home, null, "recipes/notebook.jsh");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Preview of catalog notebook") && r.out().contains("CREATE OR REPLACE TABLE `notebook`.`retail`"), r.out());
        assertTrue(r.out().contains("SUCCEEDED: ") && r.out().contains("loyalty_tier"), r.out());

        Launcher.Result i = new Launcher(tmp).run(home, "System.out.println(\"views=\" + r.views().size() + \" seed=\" + r.seed())\n/exit\n",
                "-i", "recipes/notebook.jsh");
        assertEquals(0, i.exit(), i.toString());
        assertTrue(i.out().contains("seed=7"), "the session continues with the notebook's variables: " + i.out());
    }

    /** {@code jbang app install} gives a {@code clxs} command that works from anywhere with only that directory on PATH. */
    @Test
    void appInstallGivesAClxsCommand() throws Exception {
        Path jbangDir = tmp.resolve("jbang-home");
        // JBang itself and its build cache are this machine's (as in ReadmeTest): the install is what is tested, not compiling clxs.java again
        Map<String, String> env = Map.of("JBANG_DIR", jbangDir.toString(), "HOME", tmp.resolve("home").toString(),
                "JBANG_BOOTSTRAP_DIR", bootstrapDir().toString(), "JBANG_CACHE_DIR", cacheDir().toString());
        Files.createDirectories(tmp.resolve("home"));
        Launcher.Result install = new Launcher(tmp).run(env, null, "app", "install", "--name", "clxs", "clxs.java");
        assertEquals(0, install.exit(), install.toString());
        Path command = jbangDir.resolve("bin").resolve("clxs");
        assertTrue(Files.isExecutable(command) && Files.isExecutable(jbangDir.resolve("bin").resolve("jbang")), install.toString());
        String path = jbangDir.resolve("bin") + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";
        ProcessBuilder pb = new ProcessBuilder(command.toString(), "--version").directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("PATH", path);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("clxs " + Clxs.VERSION), out);
    }

    /** Where this machine's bootstrap launcher installed JBang, so the test does not download it again. */
    private static Path bootstrapDir() {
        String env = System.getenv("JBANG_BOOTSTRAP_DIR");
        return env != null ? Path.of(env) : jbangDir().resolve("bootstrap");
    }

    /** Where this machine's JBang keeps its builds, so an install into a scratch JBANG_DIR does not compile clxs.java again. */
    private static Path cacheDir() {
        String env = System.getenv("JBANG_CACHE_DIR");
        return env != null ? Path.of(env) : jbangDir().resolve("cache");
    }

    /** This machine's JBang directory (its cache of builds), kept when a test changes HOME. */
    private static Path jbangDir() {
        String dir = System.getenv("JBANG_DIR");
        return Path.of(dir != null ? dir : System.getProperty("user.home") + "/.jbang");
    }
}
