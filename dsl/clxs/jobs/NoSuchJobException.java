package clxs.jobs;

/** There is no job with this id in the workspace (or the caller cannot see it). */
public final class NoSuchJobException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final long jobId;

    public NoSuchJobException(long jobId, String host) {
        super("there is no job " + jobId + " in " + host);
        this.jobId = jobId;
    }

    public long jobId() {
        return jobId;
    }
}
