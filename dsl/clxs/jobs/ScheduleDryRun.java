package clxs.jobs;

/**
 * What scheduling a stream would do, computed without a workspace: the Jobs API request (printed
 * by {@code clxs schedule --dry-run}), the notebook it runs (written by {@code --notebook-out},
 * runnable by hand) and the state file its runs keep.
 */
public record ScheduleDryRun(JobRequest request, String notebook, String statePath) {

    /** The request body, indented. */
    public String requestJson() {
        return request.toJsonString();
    }
}
