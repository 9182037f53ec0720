package clxs.jobs;

/** A schedule cannot be used as given: which setting ({@code cron}, {@code time_zone}, {@code compute}, ...) and why. */
public final class InvalidScheduleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String setting;

    public InvalidScheduleException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
