package clxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.ReadmeTest.Result;
import clxs.settings.Json;
import clxs.support.Duck;
import clxs.support.Launcher;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** What {@link ReadmeTest} checks in the output of particular README lines, beyond their exit 0 (kept apart: ReadmeTest is long). */
final class ReadmeChecks {

    private ReadmeChecks() {}

    /** What a line's output must show beyond exit 0, by a piece of the line. */
    static final Map<String, Consumer<Result>> CHECKS = new HashMap<>();
    /** The keys of {@link #CHECKS} whose line ran and passed. */
    static final Set<String> CHECKED = new TreeSet<>();

    static {
        CHECKS.put("group by all order by claims desc", r -> {
            assertTrue(r.out().contains("Catalog demo_test is ready."), r.out());
            assertTrue(Pattern.compile("(?m)^PAID\\s+\\d+").matcher(r.out()).find(), r.out());
        });
        CHECKS.put("--dry-run | head -40", r -> {
            assertEquals(40, r.out().lines().count(), r.out());
            assertTrue(r.out().contains("CREATE"), r.out());
        });
        CHECKS.put("audit --catalog demo_test              #", r -> {
            assertEquals(1, r.out().lines().count(), r.out());
            assertTrue(r.out().contains("foreign keys checked, all orphan-free"), r.out());
        });
        CHECKS.put("audit --catalog demo_test --verbose", r -> assertTrue(r.out().contains("  ✓ healthcare.claims.patient_id"), r.out()));
        CHECKS.put("audit --catalog demo_test --json", r -> {
            try {
                assertTrue(Json.MAPPER.readTree(r.out()).get("referential_integrity").get("details").size() > 20, r.out());
            } catch (IOException e) {
                throw new AssertionError(r.out(), e);
            }
        });
        CHECKS.put("v_claim_summary\"", r -> assertTrue(Pattern.compile("(?s)-\\n(PAID|DENIED) ").matcher(r.out()).find(),
                "the largest status first:\n" + r.out()));
        CHECKS.put("--schema-only", r -> assertTrue(r.out().contains("Catalog demo_ddl is ready.") && r.out().contains("(schema only: no rows)"), r.out()));
        CHECKS.put("> demo.sql", r -> assertTrue(fileContains("demo.sql", "INSERT INTO `demo`.`healthcare`.`claims`")));
        CHECKS.put("> my_retail.yaml", r -> assertTrue(fileContains("my_retail.yaml", "name: retail")));
        CHECKS.put("./jbang recipes/aerospace.java", r -> assertTrue(r.out().contains("Catalog aerospace_demo is ready."), r.out()));
        // the two recipes that generate several industries are checked here, where the README runs them, not run a second time elsewhere
        CHECKS.put("./jbang sales-demo", r -> {
            assertTrue(r.out().contains("Preview of catalog sales_demo") && r.out().contains("Catalog sales_demo is ready."), r.out());
            assertTrue(r.out().contains("healthcare, financial, retail"), r.out());
        });
        // the quick-demo and star-schema recipes and cleanup too: JBangDistributionTest keeps only what the README does not run
        CHECKS.put("# one industry at scale 0.01, then a view of it", r ->
                assertTrue(r.out().contains("Catalog quick_demo is ready.") && r.out().contains("select * from quick_demo.healthcare."), r.out()));
        CHECKS.put("./jbang quick-demo --industry retail", r -> {
            assertTrue(r.out().contains("Catalog quick_demo is ready.") && r.out().contains("select * from quick_demo.retail."), r.out());
            try (Duck db = Duck.open(ReadmeTest.scratch.resolve("clxs-data"), "quick_demo")) {
                assertTrue(db.longValue("SELECT count(*) FROM retail.order_items") > 0);
            }
        });
        CHECKS.put("./jbang star-schema", r -> {
            assertTrue(r.out().contains("FROM healthcare_star.fct_claims f"), r.out());
            assertTrue(r.out().matches("(?s).*year\\s+quarter\\s+claim_count\\s+total_claimed.*\\n\\s*2020\\s+1\\s+\\d+.*"), r.out());
        });
        CHECKS.put("./jbang cleanup --catalog quick_demo", r -> {
            assertTrue(r.out().contains("quick_demo.duckdb"), r.out());
            assertTrue(Files.notExists(ReadmeTest.scratch.resolve("clxs-data").resolve("quick_demo.duckdb")), "cleanup removed quick_demo");
        });
        CHECKS.put("./jbang full-demo", r -> {
            assertTrue(r.out().contains("Star schema:  30 facts"), r.out());
            try (Duck db = Duck.open(ReadmeTest.scratch.resolve("clxs-data"), "full_demo")) {
                assertEquals(10, db.longValue("SELECT count(*) FROM duckdb_schemas() WHERE database_name = 'full_demo' AND schema_name LIKE '%_star'"));
            }
        });
    }

    private static boolean fileContains(String file, String text) {
        try {
            return Files.readString(Launcher.ROOT.resolve(file)).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
