package clxs.bench;

import clxs.engine.ProgressListener;
import clxs.plan.Phase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Wall time of each phase, from the run's progress events. */
public final class PhaseTimer implements ProgressListener {
    private final Map<String, Long> start = new ConcurrentHashMap<>();
    private final Map<String, Double> seconds = new java.util.LinkedHashMap<>();

    @Override
    public void phaseStarted(Phase phase) {
        start.put(phase.name(), System.nanoTime());
    }

    @Override
    public synchronized void phaseFinished(Phase phase) {
        seconds.put(phase.name(), (System.nanoTime() - start.get(phase.name())) / 1e9);
    }

    public synchronized double seconds(String phase) {
        return seconds.getOrDefault(phase, 0.0);
    }

    /** The run's parts, by the phases they consist of. */
    public static final Map<String, List<String>> GROUPS = new java.util.LinkedHashMap<>();

    static {
        GROUPS.put("generation (tables, inserts)", List.of("catalog", "schemas", "tables", "data"));
        GROUPS.put("functions and views", List.of("functions", "views"));
        // the NULLs and outliers are drawn in the inserts (data phase); only the duplicated rows come after
        GROUPS.put("data-quality duplicates", List.of("duplicates"));
        GROUPS.put("medallion (bronze, silver, gold)", List.of("bronze", "silver", "gold"));
        GROUPS.put("star schema", List.of("star dimensions", "star facts"));
        GROUPS.put("version history, constraints, governance", List.of("history 1", "history 2", "primary keys", "foreign keys", "checks", "governance",
                "optimize", "access"));
        GROUPS.put("volumes and samples", List.of("volumes", "samples", "files"));
        GROUPS.put("foreign-key audit", List.of("audit"));
    }

    /** Each group's share of {@code total} seconds (the rest is opening, counting rows and moving files). */
    public synchronized Map<String, Double> shares(double total) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        GROUPS.forEach((group, phases) -> out.put(group, phases.stream().mapToDouble(p -> seconds.getOrDefault(p, 0.0)).sum() / total));
        return out;
    }

    public synchronized String summary() {
        StringBuilder b = new StringBuilder();
        seconds.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(String.format("%.2f", v)));
        return b.toString();
    }

    /** Seconds of each group of phases ({@link #GROUPS}). */
    public synchronized Map<String, Double> groupSeconds() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        GROUPS.forEach((group, phases) -> out.put(group, phases.stream().mapToDouble(p -> seconds.getOrDefault(p, 0.0)).sum()));
        return out;
    }

    /** Seconds of every phase that ran, in the order they finished. */
    public synchronized Map<String, Double> phaseSeconds() {
        return new java.util.LinkedHashMap<>(seconds);
    }
}
