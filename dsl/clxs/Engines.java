package clxs;

import clxs.databricks.DatabricksEngine;
import clxs.databricks.Workspace;
import clxs.engine.Engine;
import clxs.engine.LocalEngine;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The engine a user names ({@code --target}): {@code local} (the default, DuckDB files in {@code dir}) or
 * {@code databricks} (the workspace of the SDK's unified auth: {@code DATABRICKS_HOST} and
 * {@code DATABRICKS_TOKEN} or a {@code ~/.databrickscfg} profile, and the warehouse in
 * {@code DATABRICKS_WAREHOUSE_ID}). Recipes choose through here, so they pass
 * {@code --target databricks} through unchanged.
 */
public final class Engines {

    public static final String LOCAL = Engine.LOCAL;
    public static final String DATABRICKS = Engine.DATABRICKS;

    private Engines() {}

    /** @param localDir the local directory, or null for {@code $CLXS_HOME} or {@code ./clxs-data} */
    public static Engine named(String name, Path localDir) {
        String n = name == null ? LOCAL : name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case LOCAL -> localDir == null ? LocalEngine.defaults() : LocalEngine.in(localDir);
            case DATABRICKS -> DatabricksEngine.connect(Workspace.resolve(null, null, null));
            default -> throw new IllegalArgumentException("unknown target '" + name + "'; valid: local, databricks");
        };
    }
}
