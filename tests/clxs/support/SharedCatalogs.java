package clxs.support;

import clxs.DemoCatalog;
import clxs.settings.DqProfile;
import clxs.industries.Industries;
import clxs.engine.LocalEngine;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Catalogs generated once per test JVM and shared by the test classes that only read them, so
 * the suite pays for each generation once. They live under {@code target/test-catalogs}. They use
 * the clean data-quality profile: these tests check the generators; the injected issues have
 * their own tests.
 */
public final class SharedCatalogs {

    public static final Path DIR = Paths.get("target", "test-catalogs", "shared");
    public static final long SEED = 42;
    /** Claims has 200,000 rows: enough for distributions, small enough for a quick suite. */
    public static final double SCALE = 0.002;

    /** All industries: every table keeps at least a few hundred rows, so every view has something to show. */
    public static final double ALL_SCALE = 0.0005;

    private static RunResult healthcare;
    private static RunResult all;
    private static RunResult layered;

    /** The catalog {@link #layered()} clones into. */
    public static final String LAYERED_COPY = "layers_copy";

    /** What {@link #layered()} generates: every industry with every layer and enrichment at their defaults. */
    public static final DemoCatalog LAYERED = DemoCatalog.named("layers").industries(Industries.all()).scale(ALL_SCALE).seed(SEED)
            .starSchema().destCatalog(LAYERED_COPY).dropExisting(true);

    private SharedCatalogs() {}

    /** The engine for the shared catalogs: they are the suite's own, so a file an older build left there is replaced. */
    private static LocalEngine engine() {
        return LocalEngine.in(DIR).force("hc", "every", "layers", LAYERED_COPY).quiet();
    }

    /** Healthcare at {@link #SCALE} with seed {@link #SEED}, catalog {@code hc}. */
    public static synchronized RunResult healthcare() {
        if (healthcare == null) {
            healthcare = DemoCatalog.named("hc").industries(Industries.HEALTHCARE).scale(SCALE).seed(SEED).medallion(false).createVolumes(false)
                    .dqProfile(DqProfile.CLEAN).dropExisting(true).generate(engine());
            if (!healthcare.succeeded()) throw new IllegalStateException("shared healthcare catalog failed:\n" + healthcare);
        }
        return healthcare;
    }

    /** Every built-in industry at {@link #ALL_SCALE}, catalog {@code every}, with the cross-industry and data-catalog schemas. */
    public static synchronized RunResult allIndustries() {
        if (all == null) {
            all = DemoCatalog.named("every").industries(Industries.all()).scale(ALL_SCALE).seed(SEED).medallion(false).createVolumes(false)
                    .dqProfile(DqProfile.CLEAN).dropExisting(true).generate(engine());
            if (!all.succeeded()) throw new IllegalStateException("shared all-industries catalog failed:\n" + all);
        }
        return all;
    }

    /**
     * Every industry at {@link #ALL_SCALE} with the default layers and enrichments (medallion, the
     * realistic data-quality profile, version history, volumes, governance), plus the star schema
     * and a clone: catalog {@code layers}, clone {@code layers_copy}.
     */
    public static synchronized RunResult layered() {
        if (layered == null) {
            layered = LAYERED.generate(engine());
            if (!layered.succeeded()) throw new IllegalStateException("shared layered catalog failed:\n" + layered);
        }
        return layered;
    }

    public static Duck openLayered() {
        layered();
        return Duck.open(DIR, "layers");
    }

    public static Duck openAllIndustries() {
        allIndustries();
        return Duck.open(DIR, "every");
    }

    public static Duck openHealthcare() {
        healthcare();
        return Duck.open(DIR, "hc");
    }
}
