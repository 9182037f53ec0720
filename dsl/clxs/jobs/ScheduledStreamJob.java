package clxs.jobs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stream scheduled as a job: the job (created, or updated when the stream already had one), the
 * seed its runs continue (and where it came from), where the events land and the state file that
 * carries the devices from run to run. {@code clxs schedule --json} prints it.
 *
 * @param action     {@code created} or {@code updated}
 * @param seedSource {@code given}, {@code drawn}, or {@code kept from job <id>} (rescheduling without a seed keeps the stream's)
 * @param parameters the notebook's parameters, as sent
 * @param warnings   what went wrong or changed without stopping the job from being scheduled
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScheduledStreamJob(long jobId, String jobUrl, String name, String action, String notebookPath, String quartzCronExpression,
        String timezoneId, String compute, String profile, long seed, String seedSource, String landsIn, String statePath,
        Map<String, String> parameters, List<String> warnings) {

    public ScheduledStreamJob {
        parameters = Map.copyOf(parameters);
        warnings = List.copyOf(warnings);
    }

    /** {@code job}, scheduled for {@code stream}; {@code notes} come before the job's own warnings. */
    public static ScheduledStreamJob of(ScheduledJob job, ScheduledStream stream, String seedSource, List<String> notes) {
        List<String> w = new ArrayList<>(notes);
        w.addAll(job.warnings());
        return new ScheduledStreamJob(job.jobId(), job.jobUrl(), job.name(), job.action(), job.notebookPath(), job.quartzCronExpression(), job.timezoneId(),
                job.compute(), stream.profile(), stream.seed(), seedSource, stream.landsIn(), stream.statePath(), stream.parameters(), w);
    }

    public boolean updated() {
        return "updated".equals(action);
    }
}
