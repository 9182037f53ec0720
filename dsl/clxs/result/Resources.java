package clxs.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a local run was allowed and what it took: DuckDB's memory limit and threads, where it
 * spilled past the limit, and the process's peak resident memory (Linux; null elsewhere).
 * {@code threads} is what the data phase's inserts ran with, {@code otherPhaseThreads} what every
 * other phase did (they differ when the engine chose them: see {@code LocalEngine.automaticThreads}).
 */
public record Resources(@JsonProperty("memory_limit_bytes") long memoryLimitBytes,
                        @JsonProperty("threads") int threads,
                        @JsonProperty("other_phase_threads") int otherPhaseThreads,
                        @JsonProperty("spill_directory") String spillDirectory,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("peak_rss_bytes") Long peakRssBytes) {

    /** {@code , peak memory 1.2 GB (limit 6.0 GB)}, for the line that says what was created. */
    public String inBrief() {
        return peakRssBytes == null ? ", memory limit " + TextTable.bytes(memoryLimitBytes)
                : ", peak memory " + TextTable.bytes(peakRssBytes) + " (limit " + TextTable.bytes(memoryLimitBytes) + ")";
    }

    /** {@code memory   peak 1.2 GB (limit 6.0 GB, 2 threads; spills to ...)}, or {@code 1 thread for the inserts, 2 for the other phases}. */
    public String toText() {
        String threadText = threads == otherPhaseThreads ? TextTable.count(threads, "thread")
                : TextTable.count(threads, "thread") + " for the inserts, " + otherPhaseThreads + " for the other phases";
        String limit = "limit " + TextTable.bytes(memoryLimitBytes) + ", " + threadText + "; past it DuckDB spills to " + spillDirectory;
        return "  memory   " + (peakRssBytes != null ? "peak " + TextTable.bytes(peakRssBytes) + " (" + limit + ")" : limit) + "\n";
    }
}
