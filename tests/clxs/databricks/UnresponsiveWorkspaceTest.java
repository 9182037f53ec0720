package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.HostileWorkspace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A workspace that accepts connections and never answers (a LOCAL socket that reads nothing and
 * sends nothing, not Databricks): every command that reaches it gives up within a bounded wait,
 * says what it was waiting for while it waits, and names the setting that allows longer waits.
 * With the clients' defaults this took 35 minutes per run (four attempts of up to 15 minutes).
 */
class UnresponsiveWorkspaceTest {

    @Test
    void everyCommandGivesUpWithinItsTimeoutAndSaysWhatItWaitedFor() throws Exception {
        try (HostileWorkspace silent = HostileWorkspace.neverAnswering()) {
            Map<String, String> env = Map.of("DATABRICKS_HOST", silent.url(), "DATABRICKS_TOKEN", "dapi-silent-test");
            // --timeout 1: each request may go 1 s unanswered, connecting and listing 4 s in all
            CliRun list = CliProcess.run(env, "catalogs", "list", "--target", "databricks", "--timeout", "1");
            assertEquals(1, list.exitCode(), list.toString());
            assertTrue(list.err().contains("did not answer within 1 s") || list.err().contains("no answer within 4 s while listing catalogs"), list.err());
            assertTrue(list.err().contains("--timeout"), list.err());

            long started = System.nanoTime();
            CliRun demo = CliProcess.run(env, "demo", "--target", "databricks", "--warehouse", "abc", "--catalog", "x", "--industry", "retail",
                    "--scale", "0.0001", "--timeout", "1");
            assertEquals(1, demo.exitCode(), demo.toString());
            // the driver's own read timeout (1 s a try) or clxs's deadline (4 s) ends the wait, whichever comes first
            assertTrue((demo.out() + demo.err()).matches("(?s).*no answer within (1|4) s while opening a session on SQL warehouse abc at "
                    + java.util.regex.Pattern.quote(silent.url()) + ".*--timeout SECONDS.*"), demo.toString());
            assertTrue(System.nanoTime() - started < 40_000_000_000L, "the wait is bounded");

            CliRun cleanup = CliProcess.run(env, "demo", "--target", "databricks", "--warehouse", "abc", "--catalog", "x", "--cleanup", "--timeout", "1");
            assertEquals(1, cleanup.exitCode(), cleanup.toString());
            assertTrue(cleanup.err().matches("(?s).*no answer within (1|4) s.*"), cleanup.err());
            assertTrue(silent.connectionsAccepted() > 0, "the clients did reach the socket");

            CliRun bad = CliProcess.run(env, "catalogs", "list", "--target", "databricks", "--timeout", "0");
            assertEquals(2, bad.exitCode(), bad.toString());
        }
    }
}
