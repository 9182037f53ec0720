package clxs.databricks;

/** The workspace cannot be reached as configured: what is wrong ({@code setting}) and how to fix it. */
public final class WorkspaceConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String setting;

    public WorkspaceConfigException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** {@code host}, {@code profile}, {@code warehouse}, {@code token}, {@code workspace}; for Zerobus {@code credentials}, {@code permissions}, {@code table} or {@code auth}. */
    public String setting() {
        return setting;
    }
}
