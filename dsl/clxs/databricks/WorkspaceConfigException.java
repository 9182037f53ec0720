package clxs.databricks;

/** The workspace cannot be reached as configured: what is wrong ({@code setting}) and how to fix it. */
public final class WorkspaceConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String setting;

    public WorkspaceConfigException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** {@code host}, {@code profile}, {@code warehouse}, {@code token} or {@code workspace}. */
    public String setting() {
        return setting;
    }
}
