package clxs.cli;

import clxs.DemoCatalog;
import clxs.estimate.Preview;
import clxs.result.TextTable;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A local run above {@value #MAX_ROWS} rows or {@value #MAX_GB} GB (as {@code clxs preview}
 * estimates it) goes ahead only when confirmed: on a terminal clxs asks, otherwise it needs
 * {@code --yes}. The defaults (every industry at scale 1) are two billion rows, tens of GB and most
 * of an hour on a laptop, which nobody should start by leaving out {@code --scale}.
 */
final class LargeRunConfirmation {

    static final long MAX_ROWS = 100_000_000L;
    static final long MAX_GB = 20;
    private static final long MAX_BYTES = MAX_GB * 1024 * 1024 * 1024;
    private static final double[] NICE_SCALES = {0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};

    private LargeRunConfirmation() {}

    /**
     * Whether the run may go ahead ({@code p} is its local preview): yes when it is small or {@code confirmed}; on a terminal
     * ({@code console} not null) the user is asked; otherwise no, with a message on {@code err}.
     */
    static boolean mayRun(DemoCatalog demo, Preview p, Path file, boolean confirmed, Console console, PrintWriter err) {
        if (confirmed || demo.settings().schemaOnly()) return true;
        if (p.totalRows() <= MAX_ROWS && p.totalBytes() <= MAX_BYTES) return true;
        String what = String.format(Locale.ROOT, "This local run would write about %s (%s on disk, about %s) to %s.", TextTable.count(p.totalRows(), "row"),
                Preview.human(p.totalBytes()), Preview.humanDuration(p.estimatedSeconds()), file);
        String smaller = smaller(demo, p);
        if (console != null) {
            err.println(what);
            err.println("Runs above " + String.format("%,d", MAX_ROWS) + " rows or " + MAX_GB + " GB are confirmed first. " + smaller);
            err.flush();
            String answer = console.readLine("Generate it? [y/N] ");
            if (answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) return true;
            err.println("clxs: nothing was generated.");
            return false;
        }
        err.println("clxs: " + what);
        err.println("Runs above " + String.format("%,d", MAX_ROWS) + " rows or " + MAX_GB + " GB need --yes when clxs cannot ask (no terminal); "
                + "nothing was generated.");
        err.println(smaller);
        err.flush();
        return false;
    }

    /** How to stay under the limits: a smaller scale (with its rows), one industry, or a look at the preview. */
    private static String smaller(DemoCatalog demo, Preview p) {
        double fits = demo.scale() * Math.min((double) MAX_ROWS / p.totalRows(), p.totalBytes() == 0 ? 1 : (double) MAX_BYTES / p.totalBytes());
        double scale = NICE_SCALES[0];
        for (double s : NICE_SCALES) if (s <= fits) scale = s;
        long rows = Math.round(p.totalRows() * scale / demo.scale());
        StringBuilder b = new StringBuilder("Smaller: --scale " + TextTable.plain(scale) + " (about " + TextTable.count(rows, "row") + ")");
        if (demo.industries().size() > 1) b.append(", or fewer industries (--industry healthcare)");
        b.append("; see every estimate with clxs preview, or go ahead with --yes.");
        return b.toString();
    }
}
