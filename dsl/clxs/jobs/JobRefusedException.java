package clxs.jobs;

/**
 * A job operation was refused because the job is not clxs's (it lacks the tag
 * {@code created_by = clxs}) and was not forced. Nothing was changed.
 */
public final class JobRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private final long jobId;

    public JobRefusedException(long jobId, String message) {
        super(message);
        this.jobId = jobId;
    }

    public long jobId() {
        return jobId;
    }
}
