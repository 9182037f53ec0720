package clxs.engine;

import clxs.result.TextTable;

import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Step;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error: on a terminal, one live bar per industry (rows done / total and
 * rows per second); otherwise plain, timestamp-free lines suitable for CI logs. The bars are drawn
 * with plain escape codes, never through a JLine terminal: JLine resets SIGINT to the operating
 * system's default when it opens one, so Ctrl-C would kill the JVM without the cancel logic
 * ({@link CancelOnInterrupt}) and leave the partial files behind.
 */
public final class ConsoleProgress implements ProgressListener {

    private static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final boolean interactive;
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private final Map<String, AtomicLong> done = new ConcurrentHashMap<>();
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPrinted = new ConcurrentHashMap<>();
    private volatile long startNanos;

    /**
     * @param interactive draw live bars (on standard error, when it is a terminal) instead of writing
     *                    plain lines to {@code out}
     */
    public ConsoleProgress(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive && stderrIsTerminal();
    }

    /** Bars when standard error is a terminal, plain lines otherwise. */
    public static ConsoleProgress auto() {
        return new ConsoleProgress(new PrintWriter(System.err, true), true);
    }

    /**
     * Whether standard error is a terminal: read from {@code /proc} where there is one (Linux), else
     * approximated by {@code System.console()} (standard input and output are).
     */
    static boolean stderrIsTerminal() {
        java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
        if (java.nio.file.Files.isSymbolicLink(fd)) {
            try {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (java.io.IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Terminal width for the bars: {@code COLUMNS} when the shell exports it, else 100. */
    private static int width() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return columns >= 40 ? columns - 1 : 99;
        } catch (NumberFormatException e) {
            return 99;
        }
    }

    @Override
    public void runStarted(Plan plan, String targetDescription) {
        startNanos = System.nanoTime();
        for (Step s : plan.steps()) {
            if (s.rows() > 0) totals.merge(s.industry(), s.rows(), Long::sum);
        }
        totals.keySet().forEach(i -> done.put(i, new AtomicLong()));
        out.printf("Generating catalog %s on %s: %s, %s (seed %d)%n",
                plan.catalog(), targetDescription, TextTable.count(plan.industries().size(), "industry"), TextTable.count(plan.rows(), "row"), plan.seed());
    }

    @Override
    public void phaseStarted(Phase phase) {
        if (phase.rows() > 0 && interactive) {
            for (Map.Entry<String, Long> e : totals.entrySet()) {
                bars.put(e.getKey(), new ProgressBarBuilder().setTaskName(String.format("%-14s", e.getKey())).setInitialMax(e.getValue())
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" rows", 1).showSpeed().setUpdateIntervalMillis(250)
                        .setConsumer(new InteractiveConsoleProgressBarConsumer(System.err, width())).build());
            }
        } else if (!interactive || phase.rows() == 0) {
            out.printf("  %-10s %s (%d step%s)%n", phase.name(), phase.description(), phase.steps().size(), phase.steps().size() == 1 ? "" : "s");
        }
    }

    @Override
    public void stepFinished(Step step) {
        if (step.rows() == 0 || step.industry() == null) return;
        long now = done.get(step.industry()).addAndGet(step.rows());
        ProgressBar bar = bars.get(step.industry());
        if (bar != null) {
            bar.stepTo(now);
            return;
        }
        long total = totals.get(step.industry());
        long t = System.nanoTime();
        Long last = lastPrinted.get(step.industry());
        if (now == total || last == null || t - last > PLAIN_INTERVAL_NANOS) {
            lastPrinted.put(step.industry(), t);
            double secs = Math.max(1e-3, (t - startNanos) / 1e9);
            out.printf("    %-14s %,d / %,d rows (%d%%), %,.0f rows/s%n", step.industry(), now, total, now * 100 / total, now / secs);
            out.flush();
        }
    }

    @Override
    public void stepFailed(Step step, String error) {
        out.println("    failed: " + step.label() + ": " + error);
        out.flush();
    }

    @Override
    public void phaseFinished(Phase phase) {
        if (phase.rows() > 0) {
            bars.values().forEach(ProgressBar::close);
            bars.clear();
        }
    }
}
