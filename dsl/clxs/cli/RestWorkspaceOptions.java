package clxs.cli;

import clxs.databricks.Workspace;
import clxs.databricks.WorkspaceConfigException;
import picocli.CommandLine.Option;

/**
 * The workspace of {@code clxs schedule} and {@code clxs jobs}: REST only (Jobs, Workspace), no SQL
 * warehouse. The SDK's unified auth picks host and token ({@code DATABRICKS_HOST}/{@code DATABRICKS_TOKEN},
 * {@code ~/.databrickscfg}); {@code --profile} is the device profile in these commands, so the
 * configuration profile is {@code --databricks-profile}.
 */
public final class RestWorkspaceOptions {

    @Option(names = "--databricks-profile", paramLabel = "NAME", description = "Profile in ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE or DEFAULT).")
    String databricksProfile;

    @Option(names = "--host", paramLabel = "URL", description = "Workspace URL, overriding the profile's (https://<workspace>.cloud.databricks.com).")
    String host;

    /** The workspace; a missing or malformed configuration is bad input (exit 2), before anything is sent. */
    Workspace workspace() {
        try {
            return Workspace.resolveForRest(databricksProfile, host);
        } catch (WorkspaceConfigException e) {
            String hint = switch (e.setting()) {
                case "profile" -> " (on the command line: --databricks-profile NAME)";
                case "host", "workspace" -> " (on the command line: --host URL or --databricks-profile NAME)";
                default -> "";
            };
            throw new BadInputException(e.getMessage() + hint);
        }
    }
}
