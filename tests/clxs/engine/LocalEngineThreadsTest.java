package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.plan.PhaseKind;
import clxs.result.RunResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's threads when the user sets none: for the inserts (at most one per core), the cores they leave free, plus one; else one per core. */
class LocalEngineThreadsTest {

    @TempDir
    Path dir;

    @Test
    void workersThatCoverTheCoresLeaveTheInsertsNoHelperThreads() {
        assertEquals(1, LocalEngine.automaticThreads(PhaseKind.DATA, 2, 4), "2 cores, 4 workers");
        assertEquals(1, LocalEngine.automaticThreads(PhaseKind.DATA, 2, 2), "2 cores, 2 workers");
        assertEquals(1, LocalEngine.automaticThreads(PhaseKind.DATA, 1, 1), "1 core, 1 worker");
        assertEquals(2, LocalEngine.automaticThreads(PhaseKind.DATA, 2, 1), "2 cores, 1 worker");
        assertEquals(13, LocalEngine.automaticThreads(PhaseKind.DATA, 16, 4), "16 cores, 4 workers");
    }

    @Test
    void theInsertsRunAtMostOnePerCoreAndTheOtherPhasesOnEveryWorker() {
        assertEquals(2, LocalEngine.statementsAtOnce(PhaseKind.DATA, 2, 4), "2 cores, 4 workers");
        assertEquals(1, LocalEngine.statementsAtOnce(PhaseKind.DATA, 2, 1), "2 cores, 1 worker");
        assertEquals(4, LocalEngine.statementsAtOnce(PhaseKind.DATA, 16, 4), "16 cores, 4 workers");
        assertEquals(1, LocalEngine.statementsAtOnce(PhaseKind.DATA, 1, 4), "1 core");
        assertEquals(4, LocalEngine.statementsAtOnce(PhaseKind.STAR_FACTS, 2, 4), "the star facts on every worker");
        assertEquals(4, LocalEngine.statementsAtOnce(PhaseKind.AUDIT, 2, 4), "the audit on every worker");
    }

    @Test
    void phasesThatRunFewerStatementsGetOneThreadPerCore() {
        for (PhaseKind k : PhaseKind.values()) {
            if (k != PhaseKind.DATA) assertEquals(2, LocalEngine.automaticThreads(k, 2, 4), k.toString());
        }
        assertEquals(16, LocalEngine.automaticThreads(PhaseKind.STAR_FACTS, 16, 4));
    }

    @Test
    void aRunReportsTheThreadsItGaveDuckdb() {
        int cores = Runtime.getRuntime().availableProcessors();
        DemoCatalog demo = DemoCatalog.named("threads").industries(Industries.RETAIL).scale(0.0002).seed(3).maxWorkers(3)
                .medallion(false).createVolumes(false).createFunctions(false);
        RunResult automatic = demo.generate(LocalEngine.in(dir.resolve("automatic")).quiet());
        assertTrue(automatic.succeeded(), automatic.toString());
        assertEquals(Math.max(1, cores - 2), automatic.resources().threads(), "the inserts' threads on " + cores + " cores with 3 workers");
        assertEquals(cores, automatic.resources().otherPhaseThreads(), "one per core in the other phases");
        int inserts = Math.max(1, cores - 2);
        String expected = inserts == cores ? ", " + inserts + " thread; past it"
                : inserts + (inserts == 1 ? " thread" : " threads") + " for the inserts, " + cores + " for the other phases";
        assertTrue(automatic.resources().toText().contains(expected), automatic.resources().toText());
        RunResult set = demo.generate(LocalEngine.in(dir.resolve("set")).withThreads(2).quiet());
        assertTrue(set.succeeded(), set.toString());
        assertEquals(2, set.resources().threads(), "--threads wins");
        assertEquals(2, set.resources().otherPhaseThreads(), "--threads sets every phase");
        assertTrue(set.resources().toText().contains("limit ") && set.resources().toText().contains(", 2 threads; past it"), set.resources().toText());
    }
}
