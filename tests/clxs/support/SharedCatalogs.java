package clxs.support;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.target.LocalTarget;
import clxs.target.RunResult;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Catalogs generated once per test JVM and shared by the test classes that only read them, so
 * the suite pays for each generation once. They live under {@code target/test-catalogs}.
 */
public final class SharedCatalogs {

    public static final Path DIR = Paths.get("target", "test-catalogs", "shared");
    public static final long SEED = 42;
    /** Claims has 200,000 rows: enough for distributions, small enough for a quick suite. */
    public static final double SCALE = 0.002;

    private static RunResult healthcare;

    private SharedCatalogs() {}

    /** Healthcare at {@link #SCALE} with seed {@link #SEED}, catalog {@code hc}. */
    public static synchronized RunResult healthcare() {
        if (healthcare == null) {
            healthcare = DemoCatalog.named("hc").industries(Industries.HEALTHCARE).scale(SCALE).seed(SEED).medallion(false).createVolumes(false)
                    .dropExisting(true).generate(LocalTarget.in(DIR).quiet());
            if (!healthcare.succeeded()) throw new IllegalStateException("shared healthcare catalog failed:\n" + healthcare);
        }
        return healthcare;
    }

    public static Duck openHealthcare() {
        healthcare();
        return Duck.open(DIR, "hc");
    }
}
