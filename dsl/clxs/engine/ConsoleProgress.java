package clxs.engine;

import clxs.result.TextTable;

import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Step;
import java.io.PrintWriter;
import java.time.Duration;
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
 * rows per second); otherwise plain, timestamp-free lines suitable for CI logs, with rows per
 * second and the time left per industry and for the whole run. Phases without rows (the star
 * schema's joins, the audit, the checkpoint) are never silent for long: a heartbeat names the
 * step that is running and for how long. The bars are drawn
 * with plain escape codes, never through a JLine terminal: JLine resets SIGINT to the operating
 * system's default when it opens one, so Ctrl-C would kill the JVM without the cancel logic
 * ({@link CancelOnInterrupt}) and leave the partial files behind.
 */
public final class ConsoleProgress implements ProgressListener {

    private static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;
    /** The longest silence before a heartbeat line. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final PrintWriter out;
    private final boolean interactive;
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private final Map<String, AtomicLong> done = new ConcurrentHashMap<>();
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPrinted = new ConcurrentHashMap<>();
    private volatile long startNanos;
    private volatile long dataStartNanos;
    private volatile long lastOutputNanos;
    private volatile Phase currentPhase;
    private final AtomicLong phaseStepsDone = new AtomicLong();
    private final Map<Step, Long> running = new ConcurrentHashMap<>();
    private final long heartbeatNanos;
    private volatile Thread heartbeat;

    /**
     * @param interactive draw live bars (on standard error, when it is a terminal) instead of writing
     *                    plain lines to {@code out}
     */
    public ConsoleProgress(PrintWriter out, boolean interactive) {
        this(out, interactive, HEARTBEAT);
    }

    /** As above, with a heartbeat after {@code heartbeat} of silence. */
    ConsoleProgress(PrintWriter out, boolean interactive, Duration heartbeat) {
        this.out = out;
        this.interactive = interactive && stderrIsTerminal();
        this.heartbeatNanos = heartbeat.toNanos();
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
        print(String.format("Generating catalog %s on %s: %s, %s (seed %d)%n",
                plan.catalog(), targetDescription, TextTable.count(plan.industries().size(), "industry"), TextTable.count(plan.rows(), "row"), plan.seed()));
        startHeartbeat();
    }

    @Override
    public void runFinished(clxs.result.RunResult result) {
        Thread t = heartbeat;
        heartbeat = null;
        if (t != null) t.interrupt();
    }

    private synchronized void print(String text) {
        out.print(text);
        out.flush();
        lastOutputNanos = System.nanoTime();
    }

    /** A daemon that speaks when nothing else has for a while, naming the longest-running step. */
    private void startHeartbeat() {
        lastOutputNanos = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                while (heartbeat == Thread.currentThread()) {
                    Thread.sleep(Math.max(50, heartbeatNanos / 10_000_000L));
                    if (System.nanoTime() - lastOutputNanos >= heartbeatNanos && bars.isEmpty()) heartbeatLine();
                }
            } catch (InterruptedException stopped) {
                // the run finished
            }
        }, "clxs-progress-heartbeat");
        t.setDaemon(true);
        heartbeat = t;
        t.start();
    }

    private void heartbeatLine() {
        Phase phase = currentPhase;
        if (phase == null) return;
        long now = System.nanoTime();
        StringBuilder b = new StringBuilder(String.format("    ... %s: %d of %d steps done, %s in this run", phase.name(), phaseStepsDone.get(),
                phase.steps().size(), duration(now - startNanos)));
        running.entrySet().stream().min(Map.Entry.comparingByValue())
                .ifPresent(e -> b.append("; running ").append(e.getKey().label()).append(" for ").append(duration(now - e.getValue())));
        print(b.append(System.lineSeparator()).toString());
    }

    /** {@code 45 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    static String duration(long nanos) {
        long s = Math.max(0, nanos / 1_000_000_000L);
        if (s < 60) return s + " s";
        if (s < 3600) return String.format("%d min %02d s", s / 60, s % 60);
        return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
    }

    @Override
    public void phaseStarted(Phase phase) {
        currentPhase = phase;
        phaseStepsDone.set(0);
        if (phase.rows() > 0 && dataStartNanos == 0) dataStartNanos = System.nanoTime();
        if (phase.rows() > 0 && interactive) {
            for (Map.Entry<String, Long> e : totals.entrySet()) {
                bars.put(e.getKey(), new ProgressBarBuilder().setTaskName(String.format("%-14s", e.getKey())).setInitialMax(e.getValue())
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" rows", 1).showSpeed().setUpdateIntervalMillis(250)
                        .setConsumer(new InteractiveConsoleProgressBarConsumer(System.err, width())).build());
            }
        } else if (!interactive || phase.rows() == 0) {
            print(String.format("  %-10s %s (%d step%s)%n", phase.name(), phase.description(), phase.steps().size(), phase.steps().size() == 1 ? "" : "s"));
        }
    }

    @Override
    public void stepStarted(Step step) {
        running.put(step, System.nanoTime());
    }

    @Override
    public void stepFinished(Step step) {
        running.remove(step);
        phaseStepsDone.incrementAndGet();
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
            StringBuilder b = new StringBuilder(rowsLine(step.industry(), now, total, t));
            if (totals.size() > 1) {
                long all = done.values().stream().mapToLong(AtomicLong::get).sum();
                long allTotal = totals.values().stream().mapToLong(Long::longValue).sum();
                b.append(rowsLine("all", all, allTotal, t));
            }
            print(b.toString());
        }
    }

    /** {@code healthcare  1,200,000 / 5,000,000 rows (24%), 310,000 rows/s, about 12 s left}. */
    private String rowsLine(String what, long now, long total, long t) {
        double secs = Math.max(1e-3, (t - (dataStartNanos != 0 ? dataStartNanos : startNanos)) / 1e9);
        double rate = now / secs;
        String left = now >= total ? "done" : rate <= 0 ? "time left unknown" : "about " + duration((long) ((total - now) / rate * 1e9)) + " left";
        return String.format("    %-14s %,d / %,d rows (%d%%), %,.0f rows/s, %s%n", what, now, total, total == 0 ? 100 : now * 100 / total, rate, left);
    }

    @Override
    public void stepFailed(Step step, String error) {
        running.remove(step);
        phaseStepsDone.incrementAndGet();
        print("    failed: " + step.label() + ": " + error + System.lineSeparator());
    }

    @Override
    public void phaseFinished(Phase phase) {
        if (phase.rows() > 0) {
            bars.values().forEach(ProgressBar::close);
            bars.clear();
        }
    }
}
