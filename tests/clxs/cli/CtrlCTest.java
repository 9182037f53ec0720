package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.DirSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a local run, as users press it: in a real terminal (a pseudo-terminal, progress bars
 * drawn), with output redirected, and at the last moment, between the last phase and the publish.
 * The run is held at a known point by the engine's failpoint, so the signal lands there whatever
 * the machine's load; the JVM is started with SIGINT's default disposition restored, so the test
 * works under {@code nohup mvn test &} too. Each case: one answer, printed once, and the files
 * that answer promises.
 */
class CtrlCTest {

    @TempDir
    Path tmp;
    Path dir;
    DirSnapshot previous;

    @BeforeEach
    void previousCatalog() throws Exception {
        dir = tmp.resolve("data");
        CliRun first = CliRun.of("demo", "--local-dir", dir.toString(), "--catalog", "kept", "--industry", "retail", "--scale", "0.0001", "--seed", "2");
        assertEquals(0, first.exitCode(), first.toString());
        previous = DirSnapshot.of(dir);
    }

    private List<String> hold(String point, Path reached) {
        return List.of("-Dclxs.failpoint=hold:" + point, "-Dclxs.failpoint.reached=" + reached);
    }

    private String[] replaceKept() {
        return new String[] {"demo", "--local-dir", dir.toString(), "--catalog", "kept", "--industry", "retail", "healthcare", "--scale", "0.0001",
                "--drop-existing"};
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void inATerminalWithProgressBarsCtrlCCancelsOncePrintsTheSummaryOnceAndLeavesNoPartialFile() throws Exception {
        Path reached = tmp.resolve("reached");
        CliRun r;
        try (CliProcess.Running run = CliProcess.startInTerminal(Map.of(), hold("data", reached), replaceKept())) {
            // held in the data phase with the bars on screen: the moment the terminal handling used to take SIGINT away
            run.await(() -> Files.exists(reached) && run.outputSoFar().contains("rows/s"));
            run.signal("INT");
            r = run.finish();
        }
        assertEquals(130, r.exitCode(), r.toString());
        assertEquals(1, count(r.out(), "Run of catalog kept was cancelled."), "the summary, once:\n" + r.out());
        assertEquals(1, count(r.out(), "kept     nothing: kept is as it was before this run"), r.out());
        assertFalse(r.out().contains("is ready"), r.out());
        assertEquals(previous, DirSnapshot.of(dir), "no partial file, WAL or lock is left; the previous catalog is byte-identical");
    }

    @Test
    void withOutputRedirectedTheSummaryIsPrintedOnceAcrossBothStreams() throws Exception {
        Path reached = tmp.resolve("reached");
        CliRun r = CliProcess.interruptWhen(Map.of(), hold("views", reached), () -> Files.exists(reached), replaceKept());
        assertEquals(130, r.exitCode(), r.toString());
        assertEquals(1, count(r.out() + r.err(), "Run of catalog kept was cancelled."), r.toString());
        assertEquals(previous, DirSnapshot.of(dir));
    }

    @Test
    void ctrlCAfterTheLastPhaseButBeforeThePublishCancelsAndKeepsThePreviousCatalog() throws Exception {
        Path reached = tmp.resolve("reached");
        CliRun r = CliProcess.interruptWhen(Map.of(), hold("publish", reached), () -> Files.exists(reached), replaceKept());
        assertEquals(130, r.exitCode(), r.toString());
        assertEquals(1, count(r.out() + r.err(), "Run of catalog kept was cancelled."), r.toString());
        assertFalse((r.out() + r.err()).contains("is ready"), r.toString());
        assertEquals(previous, DirSnapshot.of(dir), "not published, nothing left");
    }

    @Test
    void ctrlCWhileTheCatalogIsBeingPublishedFinishesThePublishAndSaysReadyOnce() throws Exception {
        Path reached = tmp.resolve("reached");
        CliRun r = CliProcess.interruptWhen(Map.of(), hold("publishing", reached), () -> Files.exists(reached), replaceKept());
        assertEquals(0, r.exitCode(), "the run had decided to publish: its answer is the exit status: " + r);
        assertEquals(1, count(r.out() + r.err(), "Catalog kept is ready."), r.toString());
        assertFalse((r.out() + r.err()).contains("cancelled"), r.toString());
        DirSnapshot after = DirSnapshot.of(dir);
        assertFalse(after.entries().keySet().stream().anyMatch(DirSnapshot::leftover), after.toString());
        assertTrue(after.entries().containsKey("volumes/kept/healthcare/sample_data/claims.parquet"), "the new catalog is in place:\n" + after);
        try (clxs.support.Duck db = clxs.support.Duck.open(dir, "kept")) {
            assertTrue(db.longValue("SELECT count(*) FROM healthcare.claims") > 0);
        }
    }
}
