package clxs.target;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The target a user names: {@code local} (the default, DuckDB files in {@code dir}) or
 * {@code databricks}. Recipes and the CLI both choose through here, so a recipe passes
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
            case DATABRICKS -> throw new IllegalArgumentException("--target databricks is not yet available in this version of clxs; "
                    + "generate locally (the default) or print the Databricks SQL with: clxs sql --dialect databricks ...");
            default -> throw new IllegalArgumentException("unknown target '" + name + "'; valid: local, databricks");
        };
    }
}
