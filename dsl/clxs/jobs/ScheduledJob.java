package clxs.jobs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What scheduling a stream did, for the user and for {@code --json}: the job (created, or updated
 * when the stream already had one), where its notebook is, and when it runs.
 *
 * @param action   {@code created} or {@code updated}
 * @param warnings what went wrong without stopping the job from being scheduled (an old notebook that could not be removed)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScheduledJob(long jobId, String jobUrl, String name, String action, String notebookPath, String quartzCronExpression,
        String timezoneId, String compute, List<String> warnings) {

    public ScheduledJob {
        warnings = List.copyOf(warnings);
    }

    public boolean updated() {
        return action.equals("updated");
    }
}
