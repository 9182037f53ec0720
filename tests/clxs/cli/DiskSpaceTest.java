package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import clxs.DemoCatalog;
import clxs.estimate.Estimator;
import clxs.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local run that would not fit on the disk is refused up front, with the numbers, and creates nothing. */
class DiskSpaceTest {

    @TempDir
    Path tmp;

    @Test
    void theRefusalSaysWhatTheRunNeedsAndWhatIsFree() {
        long gb = 1L << 30;
        assertNull(DiskSpace.problem(10 * gb, 13 * gb, tmp), "fits with a quarter to spare");
        String p = DiskSpace.problem(10 * gb, 12 * gb, tmp);
        assertTrue(p.startsWith("not enough disk space: this run needs about 12.5 GB (a catalog file of about 10.0 GB"), p);
        assertTrue(p.contains(tmp + " has 12.0 GB free. Nothing was generated."), p);
        assertTrue(p.contains("--local-dir") && p.contains("--scale"), p);
    }

    @Test
    void aRunLargerThanTheDiskExitsTwoBeforeCreatingAnything() throws Exception {
        Path local = tmp.resolve("data");
        long free = Files.getFileStore(tmp).getUsableSpace();
        long estimate = DemoCatalog.named("huge").scale(10).preview(Estimator.local()).totalBytes();
        // every industry at scale 10 is several hundred GB: larger than any disk this suite runs on, else there is nothing to see
        assumeTrue(estimate * DiskSpace.HEADROOM > free, "this disk has room for " + estimate + " bytes");
        CliRun r = CliRun.of("demo", "--catalog", "huge", "--scale", "10", "--yes", "--local-dir", local.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("not enough disk space: this run needs about"), r.err());
        assertTrue(r.err().contains("free. Nothing was generated."), r.err());
        assertFalse(Files.exists(local), "nothing created");
    }
}
