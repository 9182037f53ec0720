package clxs.jobs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A job as {@code clxs jobs list} shows it: id, link, what it streams, its schedule and pause
 * state, and its last run (null when it never ran). Times are ISO-8601 UTC strings.
 *
 * @param clxs whether it carries {@code created_by = clxs}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobSummary(long jobId, String jobUrl, String name, boolean clxs, String profile, String stream, String quartzCronExpression,
        String timezoneId, String pauseStatus, Map<String, String> tags, LastRun lastRun) {

    public JobSummary {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** The most recent run: its state ({@code RUNNING}, {@code TERMINATED}, ...) and result ({@code SUCCESS}, {@code FAILED}, ...). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LastRun(long runId, String state, String result, String startTime, String endTime, String runUrl) {}

    public boolean paused() {
        return "PAUSED".equals(pauseStatus);
    }
}
