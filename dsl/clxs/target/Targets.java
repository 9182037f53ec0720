package clxs.target;

import clxs.databricks.Workspace;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The target a user names: {@code local} (the default, DuckDB files in {@code dir}) or
 * {@code databricks} (the workspace of the SDK's unified auth: {@code DATABRICKS_HOST} and
 * {@code DATABRICKS_TOKEN} or a {@code ~/.databrickscfg} profile, and the warehouse in
 * {@code DATABRICKS_WAREHOUSE_ID}). Recipes choose through here, so they pass
 * {@code --target databricks} through unchanged.
 */
public final class Targets {

    public static final String LOCAL = "local";
    public static final String DATABRICKS = "databricks";

    private Targets() {}

    /** @param localDir the local directory, or null for {@code $CLXS_HOME} or {@code ./clxs-data} */
    public static Target named(String name, Path localDir) {
        String n = name == null ? LOCAL : name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case LOCAL -> localDir == null ? LocalTarget.defaults() : LocalTarget.in(localDir);
            case DATABRICKS -> DatabricksTarget.connect(Workspace.resolve(null, null, null));
            default -> throw new IllegalArgumentException("unknown target '" + name + "'; valid: local, databricks");
        };
    }
}
