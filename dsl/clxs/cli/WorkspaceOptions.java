package clxs.cli;

import clxs.databricks.Workspace;
import picocli.CommandLine.Option;

/**
 * Where {@code --target databricks} goes: the SDK's unified auth picks the workspace and token
 * ({@code DATABRICKS_HOST}/{@code DATABRICKS_TOKEN}, {@code ~/.databrickscfg}); these options
 * choose a profile, override the host, and name the SQL warehouse.
 */
public final class WorkspaceOptions {

    @Option(names = "--profile", paramLabel = "NAME", description = "Profile in ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE or DEFAULT).")
    String profile;

    @Option(names = "--host", paramLabel = "URL", description = "Workspace URL, overriding the profile's (https://<workspace>.cloud.databricks.com).")
    String host;

    @Option(names = "--warehouse", paramLabel = "ID", description = "SQL warehouse ID (default: DATABRICKS_WAREHOUSE_ID).")
    String warehouse;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "How long one request to the workspace may go unanswered (default: 30); connecting and listing give up after 4 times that.")
    Integer timeout;

    private java.time.Duration timeout() {
        if (timeout == null) return Workspace.DEFAULT_TIMEOUT;
        if (timeout < 1 || timeout > 3600) throw new BadInputException("--timeout must be between 1 and 3600 seconds, got " + timeout);
        return java.time.Duration.ofSeconds(timeout);
    }

    /** How to give {@code setting} on the command line, for messages about it (the library names settings, not flags). */
    static String flagHint(String setting) {
        return switch (setting) {
            case "warehouse" -> " (on the command line: --warehouse ID)";
            case "profile" -> " (on the command line: --profile NAME)";
            case "host" -> " (on the command line: --host URL or --profile NAME)";
            default -> "";
        };
    }

    /** The workspace, or a {@link clxs.databricks.WorkspaceConfigException} saying what is missing. */
    public Workspace workspace() {
        return Workspace.resolve(profile, host, warehouse, timeout());
    }

    /** The workspace for REST calls only (listing through the Unity Catalog API): no warehouse needed. */
    public Workspace apiWorkspace() {
        return Workspace.resolveForApi(profile, host, warehouse, timeout());
    }
}
