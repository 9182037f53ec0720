package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import clxs.DemoCatalog;
import clxs.estimate.Estimator;
import clxs.industries.Industries;
import clxs.support.CliRun;
import clxs.support.Pty;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dangerous defaults (issue 18, item 3): {@code demo --catalog x} with no scale is two billion rows.
 * A local run over 100M rows or 20 GB asks on a terminal and needs {@code --yes} without one,
 * saying what it would create and how to make it smaller; nothing is created when it does not go ahead.
 */
class LargeRunConfirmationTest {

    @TempDir
    Path dir;

    @Test
    void withoutATerminalTheDefaultScaleNeedsYesAndSaysHowToMakeItSmaller() throws Exception {
        CliRun r = CliRun.of("demo", "--catalog", "everything", "--local-dir", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("This local run would write about 2,1") && r.err().contains(" rows (") && r.err().contains(" GB on disk"), r.err());
        assertTrue(r.err().contains("need --yes"), r.err());
        assertTrue(r.err().contains("Smaller: --scale 0.02 (about ") && r.err().contains("--industry healthcare"), r.err());
        assertTrue(r.err().contains("nothing was generated"), r.err());
        assertEquals("", r.out());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing is created");
        }
    }

    @Test
    void oneIndustryAtHalfScaleIsOverTheRowLimitButASmallRunIsNot() {
        StringWriter err = new StringWriter();
        DemoCatalog half = DemoCatalog.named("half").industries(Industries.HEALTHCARE).scale(0.5);
        assertFalse(LargeRunConfirmation.mayRun(half, half.preview(Estimator.local()), dir.resolve("half.duckdb"), false, null, new PrintWriter(err, true)));
        assertTrue(err.toString().contains("about 108,750,000 rows"), err.toString());
        assertTrue(LargeRunConfirmation.mayRun(half, half.preview(Estimator.local()), dir.resolve("half.duckdb"), true, null, new PrintWriter(err, true)), "--yes goes ahead");
        StringWriter quiet = new StringWriter();
        assertTrue(LargeRunConfirmation.mayRun(half.scale(0.01), half.scale(0.01).preview(Estimator.local()), dir.resolve("half.duckdb"), false, null, new PrintWriter(quiet, true)));
        assertTrue(LargeRunConfirmation.mayRun(half.schemaOnly(), half.schemaOnly().preview(Estimator.local()), dir.resolve("half.duckdb"), false, null, new PrintWriter(quiet, true)),
                "a schema-only run writes no rows");
        assertEquals("", quiet.toString());
    }

    @Test
    void onATerminalItAsksAndAnswerNoCreatesNothing() throws Exception {
        assumeTrue(Pty.available(), "util-linux script makes the terminal");
        Pty.Result no = Pty.clxs(dir, 120, "n\n", "demo", "--catalog", "asked", "--industry", "healthcare", "--scale", "0.5", "--local-dir", dir.resolve("d").toString());
        assertEquals(ExitCodes.BAD_INPUT, no.exit(), no.toString());
        assertTrue(no.screen().contains("This local run would write about 108,750,000 rows"), no.screen());
        assertTrue(no.screen().contains("Generate it? [y/N]"), no.screen());
        assertTrue(no.screen().contains("nothing was generated"), no.screen());
        assertFalse(Files.exists(dir.resolve("d").resolve("asked.duckdb")));

        Pty.Result small = Pty.clxs(dir, 120, "", "demo", "--catalog", "small", "--industry", "healthcare", "--scale", "0.0002",
                "--no-medallion", "--local-dir", dir.resolve("d").toString());
        assertEquals(0, small.exit(), small.toString());
        assertFalse(small.screen().contains("Generate it?"), "a small run does not ask:\n" + small.screen());
        assertTrue(small.screen().contains("Catalog small is ready."), small.screen());
    }
}
