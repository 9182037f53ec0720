package clxs.cli;

import clxs.estimate.Preview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local run starts only when its catalog fits on the disk: the file size {@code clxs preview}
 * estimates, plus room for what DuckDB writes beside it while it works (its write-ahead log and,
 * past the memory limit, its spill files). A full disk halfway through costs the user the time of
 * the run; a refusal up front costs nothing.
 */
final class DiskSpace {

    /** Room beside the estimated file: the WAL and spill files of a run come and go, but not at once. */
    static final double HEADROOM = 1.25;

    private DiskSpace() {}

    /** Refuses (exit 2) a run whose local preview {@code p} does not fit in the free space of {@code dir}'s file system. */
    static void check(Preview p, Path dir) {
        Path existing = nearestExisting(dir.toAbsolutePath());
        long usable;
        try {
            usable = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return; // a file system that cannot say: the run finds out as it writes
        }
        String problem = problem(p.totalBytes(), usable, dir);
        if (problem != null) throw new BadInputException(problem);
    }

    /** Why {@code estimatedBytes} does not fit in {@code usableBytes}, or null when it does. */
    static String problem(long estimatedBytes, long usableBytes, Path dir) {
        long needed = (long) (estimatedBytes * HEADROOM);
        if (needed <= usableBytes) return null;
        return "not enough disk space: this run needs about " + Preview.human(needed) + " (a catalog file of about " + Preview.human(estimatedBytes)
                + ", as clxs preview estimates it, and room for DuckDB's log and spill files) but " + dir + " has " + Preview.human(usableBytes)
                + " free. Nothing was generated. Free some space, give --local-dir (or CLXS_HOME) a folder on a larger disk, or make the run "
                + "smaller with --scale or fewer industries.";
    }

    private static Path nearestExisting(Path p) {
        Path q = p;
        while (q != null && !Files.exists(q)) q = q.getParent();
        return q != null ? q : p.getRoot();
    }
}
