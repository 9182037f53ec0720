package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.settings.Json;
import clxs.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary {@code clxs demo} prints (issue 18, item 9): short by default, with the foreign-key
 * audit in one line when every key is orphan-free; every table and key with {@code --verbose} and
 * always in the JSON; counts that match the README (20 tables, 20 views and 20 functions per
 * industry) with the extra schemas and functions said for what they are.
 */
class DemoSummaryTest {

    @TempDir
    static Path dir;
    /** One run with the default summary, shared by the two tests that read it (they asked for the same run twice). */
    static CliRun summary;

    @BeforeAll
    static void defaultRun() {
        summary = demo("summary");
    }

    /** The counts checked do not depend on the scale: 0.0002 keeps every table non-empty (bronze keeps one row in ten). */
    private static CliRun demo(String catalog, String... extra) {
        String[] args = new String[9 + extra.length];
        System.arraycopy(new String[] {"demo", "--catalog", catalog, "--industry", "healthcare", "--scale", "0.0002", "--local-dir", dir.toString()},
                0, args, 0, 9);
        System.arraycopy(extra, 0, args, 9, extra.length);
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.toString());
        return r;
    }

    @Test
    void theDefaultSummaryIsShortAndExplainsItsCounts() {
        CliRun run = summary;
        String out = run.out();
        assertTrue(run.err().contains("Generating catalog summary on local DuckDB ") && run.err().contains(": 1 industry, "), run.err());
        assertTrue(out.contains("Catalog summary is ready."), out);
        assertTrue(out.contains("  created  5 schemas, 25 tables, 34 views, 24 functions, "), out);
        // the industry's own 20/20/20 as in the README, and where the other objects come from
        assertTrue(Pattern.compile("(?m)^healthcare\\s+20\\s+20\\s+20 \\+ 4\\s+[\\d,]+\\s+claims ").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^healthcare_bronze\\s+5\\s+[\\d,]+").matcher(out).find(), out);
        for (String schema : new String[] {"healthcare_bronze", "healthcare_silver", "healthcare_gold", "data_catalog"}) {
            assertTrue(out.contains("\n  " + schema + ": "), schema + " is not explained:\n" + out);
        }
        assertTrue(out.contains("20 + 4 functions: the industry's own and 4 for column masks and row filters"), out);
        // the audit in one line, no line per key
        assertTrue(Pattern.compile("(?m)^31 foreign keys checked, all orphan-free \\(up to [\\d,]+ child rows sampled per key\\)\\.$").matcher(out).find(), out);
        assertFalse(out.contains("✓"), out);
        assertFalse(out.contains("healthcare  claims"), "no line per table by default:\n" + out);
        assertTrue(out.lines().count() < 50, out.lines().count() + " lines:\n" + out);
        assertFalse(out.contains("1 industries") || out.contains(" 1 checks"), out);
    }

    /** The hint names the --local-dir the run was given, and running it as printed answers. */
    @Test
    void theQueryHintRunsAsPrinted() {
        String out = summary.out();
        java.util.regex.Matcher hint = Pattern.compile("(?m)^Query it:  clxs query \"([^\"]+)\" --local-dir (\\S+)$").matcher(out);
        assertTrue(hint.find(), out);
        assertEquals(dir.toString(), hint.group(2));
        CliRun query = CliRun.of("query", hint.group(1), "--local-dir", hint.group(2));
        assertEquals(0, query.exitCode(), query.toString());
        assertTrue(Pattern.compile("(?m)^\\s*[1-9][\\d,]*\\s*$").matcher(query.out()).find(), query.out());
    }

    @Test
    void verboseListsEveryTableAndKeyAndTheJsonAlwaysHasThem() throws Exception {
        String out = demo("detailed", "--verbose").out();
        assertEquals(31, out.lines().filter(l -> l.startsWith("  ✓ healthcare.")).count(), out);
        assertTrue(Pattern.compile("(?m)^healthcare\\s+claims\\s+[\\d,]+$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^healthcare_bronze\\s+claims\\s+[\\d,]+$").matcher(out).find(), out);

        JsonNode json = Json.MAPPER.readTree(demo("as_json", "--json").out());
        assertEquals(25, json.get("tables").size());
        assertEquals(31, json.get("referential_integrity").get("details").size());
        assertEquals(0, json.get("referential_integrity").get("with_orphans").asInt());
    }
}
