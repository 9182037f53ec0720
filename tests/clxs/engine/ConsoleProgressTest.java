package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Step;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain progress a log or a redirected terminal gets: rows/s and time left, and no long silence. */
class ConsoleProgressTest {

    private final Plan plan = DemoCatalog.named("p").industries(Industries.RETAIL, Industries.ENERGY).scale(0.001).seed(1).plan();

    @Test
    void rowLinesGiveTheRateAndTimeLeftPerIndustryAndForTheWholeRun() {
        StringWriter text = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(text), false, Duration.ofMinutes(10));
        p.runStarted(plan, "test");
        Phase data = plan.phases().stream().filter(ph -> ph.rows() > 0).findFirst().orElseThrow();
        p.phaseStarted(data);
        List<Step> withRows = data.steps().stream().filter(s -> s.rows() > 0).toList();
        assertTrue(withRows.size() > 2);
        for (Step s : withRows) {
            p.stepStarted(s);
            p.stepFinished(s);
        }
        p.runFinished(null);
        String out = text.toString();
        assertTrue(out.matches("(?s).*    retail +[0-9,]+ / [0-9,]+ rows \\(\\d+%\\), [0-9,]+ rows/s, (about .+ left|done)\n.*"), out);
        assertTrue(out.matches("(?s).*    all +[0-9,]+ / [0-9,]+ rows \\(\\d+%\\), [0-9,]+ rows/s, (about .+ left|done)\n.*"), out);
        long total = data.steps().stream().filter(s -> s.industry() != null).mapToLong(Step::rows).sum();
        assertTrue(out.contains(String.format("    all            %,d / %,d rows (100%%)", total, total)), "the whole run ends at 100%: " + out);
    }

    @Test
    void aLongStepWithoutRowsIsNamedByTheHeartbeat() throws Exception {
        StringWriter text = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(text), false, Duration.ofMillis(300));
        p.runStarted(plan, "test");
        Phase quiet = plan.phases().stream().filter(ph -> ph.rows() == 0 && ph.steps().size() > 1).reduce((a, b) -> b).orElseThrow();
        p.phaseStarted(quiet);
        Step slow = quiet.steps().get(0);
        p.stepStarted(slow);
        String expected = "    ... " + quiet.name() + ": 0 of " + quiet.steps().size() + " steps done";
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!text.toString().contains(expected) && System.nanoTime() < deadline) Thread.sleep(50);
        p.runFinished(null);
        String out = text.toString();
        assertTrue(out.contains(expected), out);
        assertTrue(out.contains("; running " + slow.label() + " for "), out);
        int lines = out.split("\n").length;
        Thread.sleep(700);
        assertEquals(lines, text.toString().split("\n").length, "no heartbeat after the run finished");
        assertFalse(out.contains("null"), out);
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertEquals("45 s", ConsoleProgress.duration(45_000_000_000L));
        assertEquals("3 min 05 s", ConsoleProgress.duration(185_000_000_000L));
        assertEquals("1 h 02 min", ConsoleProgress.duration(3_720_000_000_000L));
    }
}
