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
        return Workspace.resolve(profile, host, warehouse);
    }

    /** The workspace for REST calls only (listing through the Unity Catalog API): no warehouse needed. */
    public Workspace apiWorkspace() {
        return Workspace.resolveForApi(profile, host, warehouse);
    }
}
