package clxs;

import clxs.compile.Compiler;
import clxs.engine.Engine;
import clxs.engine.LocalEngine;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.plan.Plan;
import clxs.plan.RunSettings;
import clxs.result.RunResult;
import clxs.settings.DataModel;
import clxs.settings.DqProfile;
import clxs.settings.InvalidDefinitionException;
import clxs.sql.Dialect;
import clxs.sql.SqlScript;
import clxs.yaml.YamlIndustry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An immutable definition of a demo catalog. Every setter returns a new definition; the values
 * are checked as they are set, so a definition that exists is a valid one.
 *
 * <pre>{@code
 * RunResult r = DemoCatalog.named("demo")          // CREATE CATALOG IF NOT EXISTS `demo`
 *     .industries(HEALTHCARE)                      // CREATE SCHEMA `demo`.`healthcare` + 20 tables, views, functions
 *     .scale(0.01)                                 // ~2M rows: claims has 1,000,000
 *     .seed(42)                                    // same rows on every run
 *     .generate();                                 // local DuckDB file ./clxs-data/demo.duckdb
 * }</pre>
 *
 * Settings and their JSON names: {@code catalog_name}, {@code industries}, {@code scale_factor}
 * (1.0 is about 200M rows per industry), {@code start_date}/{@code end_date} (event dates from the
 * start date up to the day before the end date, so whole months and years stay whole), {@code seed} (null draws one per plan), {@code batch_size} (rows per INSERT),
 * {@code max_workers} (parallel statements), {@code owner}, {@code storage_location},
 * {@code drop_existing}, {@code medallion}, {@code create_functions}, {@code create_volumes},
 * {@code validate_referential_integrity} (the foreign-key audit after generation), {@code data_model}
 * ({@code flat} or {@code star_schema}), {@code schema_only}, {@code dq_profile}, {@code uc_best_practices},
 * {@code dest_catalog}, {@code realistic_data} and {@code locale} (Datafaker people, places and companies),
 * {@code inject_anomalies} and {@code anomaly_rate} (ML training labels).
 */
public final class DemoCatalog {

    public static final double DEFAULT_SCALE = RunSettings.DEFAULT_SCALE;
    public static final double MAX_SCALE = RunSettings.MAX_SCALE;
    public static final LocalDate DEFAULT_START = RunSettings.DEFAULT_START;
    public static final LocalDate DEFAULT_END = RunSettings.DEFAULT_END;
    public static final long DEFAULT_BATCH_SIZE = RunSettings.DEFAULT_BATCH_SIZE;
    public static final int DEFAULT_MAX_WORKERS = RunSettings.DEFAULT_MAX_WORKERS;

    private final List<Industry> industries;
    /** Whether {@link #industries} were chosen; if not, they are every built-in and custom industry. */
    private final boolean chosen;
    /** Industries loaded from YAML ({@code custom_industries}), selectable by name. */
    private final List<YamlIndustry> custom;
    private final List<Path> customFiles;
    /** The seed, or null when each plan draws one. */
    private final Long seed;
    private final RunSettings settings;

    private DemoCatalog(List<Industry> industries, boolean chosen, List<Path> customFiles, List<YamlIndustry> custom, Long seed, RunSettings settings) {
        this.industries = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(industries, "industries")));
        if (this.industries.isEmpty()) throw new InvalidDefinitionException("industries", "choose at least one industry; valid: " + names(custom));
        this.chosen = chosen;
        this.customFiles = List.copyOf(customFiles);
        this.custom = List.copyOf(custom);
        this.seed = seed;
        this.settings = settings;
    }

    private DemoCatalog change(UnaryOperator<RunSettings.Builder> edit) {
        return new DemoCatalog(industries, chosen, customFiles, custom, seed, edit.apply(settings.toBuilder()).build());
    }

    /** Starts a definition with every default: all industries, scale 1.0, 2020-01-01 to 2025-01-01. */
    public static DemoCatalog named(String catalogName) {
        return new DemoCatalog(Industries.all(), false, List.of(), List.of(), null, RunSettings.defaults(catalogName));
    }

    // ------------------------------------------------------------------ settings

    public String catalogName() { return settings.catalog(); }

    public List<Industry> industries() { return industries; }

    /** The seed, or null when each plan draws one. */
    public Long seed() { return seed; }

    /** Every other setting: scale, dates, workers, layers, governance, ... ({@code settings().medallion()}). */
    public RunSettings settings() { return settings; }

    public double scale() { return settings.scale(); }

    /** Another catalog name, same settings. */
    public DemoCatalog catalog(String name) { return change(x -> x.catalog(name)); }

    public DemoCatalog industries(Industry... chosen) { return industries(Arrays.asList(chosen)); }

    public DemoCatalog industries(List<Industry> chosen) { return new DemoCatalog(List.copyOf(chosen), true, customFiles, custom, seed, settings); }

    /** Industries by name, e.g. {@code industries("healthcare", "retail")}. */
    public DemoCatalog industries(String... names) {
        List<Industry> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(byName(n).orElseThrow(() -> new InvalidDefinitionException("industries",
                    "unknown industry '" + n + "'; valid: " + names(custom))));
        }
        return industries(chosen);
    }

    public DemoCatalog scale(double factor) { return change(x -> x.scale(factor)); }

    /** Event dates from {@code start} to the day before {@code end}: {@code dates("2020-01-01", "2025-01-01")} is five whole years. */
    public DemoCatalog dates(LocalDate start, LocalDate end) {
        return change(x -> x.dates(start, end));
    }

    /** Dates as {@code YYYY-MM-DD}. */
    public DemoCatalog dates(String start, String end) {
        return dates(parseDate("start_date", start), parseDate("end_date", end));
    }

    public DemoCatalog seed(long value) { return new DemoCatalog(industries, chosen, customFiles, custom, value, settings); }

    /** Draw a new seed for every plan (the seed used is reported). */
    public DemoCatalog randomSeed() { return new DemoCatalog(industries, chosen, customFiles, custom, null, settings); }

    /**
     * Loads industries from YAML files ({@code custom_industries}) so they can be chosen by name like
     * a built-in; until industries are chosen, "all industries" includes them. Every problem of the
     * files is reported before anything runs ({@link clxs.yaml.YamlIndustryException}, with
     * {@code file:line:column} and the key path).
     *
     * <pre>{@code
     * demo("space").customIndustries(Path.of("aerospace.yaml")).industries("aerospace").scale(0.01).generate();
     * }</pre>
     */
    public DemoCatalog customIndustries(Path... files) { return customIndustries(Arrays.asList(files)); }

    public DemoCatalog customIndustries(List<Path> files) {
        List<YamlIndustry> loaded = files.isEmpty() ? List.of() : Industries.readYaml(files);
        List<Industry> selection = chosen ? industries
                : java.util.stream.Stream.concat(Industries.all().stream(), loaded.stream().map(YamlIndustry::industry)).toList();
        return new DemoCatalog(selection, chosen, files, loaded, seed, settings);
    }

    /** The YAML files of {@link #customIndustries}. */
    public List<Path> customIndustryFiles() { return customFiles; }

    /**
     * Why this definition can only run on Databricks, if it can: a chosen industry from a Clone-Xs
     * style YAML file ({@code ddl_cols}, {@code insert_expr}) carries raw Databricks SQL.
     */
    public Optional<String> databricksOnly() {
        return custom.stream().filter(y -> industries.contains(y.industry())).map(YamlIndustry::databricksOnly)
                .flatMap(Optional::stream).findFirst();
    }

    private Optional<Industry> byName(String name) {
        String n = name == null ? "" : name.trim();
        return Industries.byName(n).or(() -> custom.stream().map(YamlIndustry::industry).filter(i -> i.name().equalsIgnoreCase(n)).findFirst());
    }

    private static String names(List<YamlIndustry> custom) {
        return custom.isEmpty() ? Industries.names()
                : Industries.names() + ", " + custom.stream().map(y -> y.industry().name()).collect(java.util.stream.Collectors.joining(", "));
    }

    public DemoCatalog batchSize(long rows) { return change(x -> x.batchSize(rows)); }

    public DemoCatalog maxWorkers(int workers) { return change(x -> x.maxWorkers(workers)); }

    public DemoCatalog owner(String principal) { return change(x -> x.owner(principal)); }

    public DemoCatalog storageLocation(String uri) { return change(x -> x.storageLocation(uri)); }

    public DemoCatalog dropExisting(boolean drop) { return change(x -> x.dropExisting(drop)); }

    public DemoCatalog medallion(boolean layers) { return change(x -> x.medallion(layers)); }

    public DemoCatalog createFunctions(boolean create) { return change(x -> x.createFunctions(create)); }

    public DemoCatalog createVolumes(boolean create) { return change(x -> x.createVolumes(create)); }

    /** Run the sampled foreign-key orphan check after generation (on by default). */
    public DemoCatalog validateReferentialIntegrity(boolean audit) { return change(x -> x.validateReferentialIntegrity(audit)); }

    public DemoCatalog dataModel(DataModel model) { return change(x -> x.dataModel(model)); }

    /**
     * Adds the Kimball overlay {@code <industry>_star} ({@code data_model: star_schema}):
     * <pre>{@code
     * CREATE OR REPLACE TABLE demo.healthcare_star.fct_claims AS
     * SELECT f.*, d0.patient_sk, ... FROM demo.healthcare.claims f LEFT JOIN demo.healthcare_star.dim_patient d0 ON ...
     * }</pre>
     */
    public DemoCatalog starSchema() { return dataModel(DataModel.STAR_SCHEMA); }

    /** Every table, view and function is created, but no row is written: a DDL check in seconds, at any scale. */
    public DemoCatalog schemaOnly() { return schemaOnly(true); }

    public DemoCatalog schemaOnly(boolean ddlOnly) { return change(x -> x.schemaOnly(ddlOnly)); }

    public DemoCatalog dqProfile(DqProfile profile) { return change(x -> x.dqProfile(profile)); }

    public DemoCatalog ucBestPractices(boolean apply) { return change(x -> x.ucBestPractices(apply)); }

    /** After generation, clone the catalog into {@code catalog} (DEEP CLONE on Databricks, a copy locally). */
    public DemoCatalog destCatalog(String catalog) { return change(x -> x.destCatalog(catalog)); }

    /**
     * A live stream of {@code profile} next to this catalog (same catalog name and seed): its ids are
     * the catalog's keys when the catalog holds the profile's industry.
     *
     * <pre>{@code
     * demo("demo").industries(ENERGY).scale(0.01).seed(42).stream(SMART_METER).backfill(Duration.ofHours(6)).run();
     * }</pre>
     */
    public StreamSpec stream(clxs.stream.DeviceProfile profile) {
        StreamSpec s = StreamSpec.of(profile, settings.catalog());
        return seed != null ? s.seed(seed) : s;
    }

    /**
     * People, places and companies from Datafaker for {@code locale} ({@code realistic_data}, {@code locale}):
     * names of the locale, e-mails built from them in ASCII, phones in the locale's format, cities with
     * their region and postal code. The pools are built once per locale and seed and cached; the same seed
     * gives the same names.
     */
    public DemoCatalog realistic(java.util.Locale locale) {
        String tag = locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
        return change(x -> x.realisticData(true).locale(tag));
    }

    /** {@code realistic_data}: on with the current {@code locale} (en_US unless set), or off for the built-in US pools. */
    public DemoCatalog realisticData(boolean on) { return change(x -> x.realisticData(on)); }

    /** {@code locale} as {@code de_DE}; used when {@code realistic_data} is on. */
    public DemoCatalog locale(String tag) { return change(x -> x.locale(tag)); }

    /**
     * ML training labels ({@code inject_anomalies}, {@code anomaly_rate}): {@code financial.transactions.is_fraud},
     * {@code telecom.subscribers.churn_risk}, {@code healthcare.encounters.is_anomaly} and
     * {@code manufacturing.sensor_readings.is_anomaly}, each a logistic model of the row's features whose
     * positive rate is {@code rate} (see {@code clxs.plan.labels.LabelModels}).
     */
    public DemoCatalog injectAnomalies(double rate) { return change(x -> x.injectAnomalies(true).anomalyRate(rate)); }

    public DemoCatalog injectAnomalies(boolean on) { return change(x -> x.injectAnomalies(on)); }

    public DemoCatalog anomalyRate(double rate) { return change(x -> x.anomalyRate(rate)); }

    // ------------------------------------------------------------------ terminal operations

    /**
     * Compiles the definition into phases of dialect-free steps (draws a seed if none is set). With
     * {@code realistic_data}, the locale's pools are built or read from the cache under the default local
     * directory first.
     */
    public Plan plan() {
        return plan(clxs.engine.LocalCatalogs.defaultDir());
    }

    /** The plan, caching realistic-data pools under {@code localDir}. */
    public Plan plan(Path localDir) {
        if (!settings.realisticData()) return Compiler.compile(industries, settings, seed);
        // the pools are drawn from the seed, so it is drawn here when not set
        long s = seed != null ? seed : clxs.plan.Salts.randomSeed();
        return Compiler.compile(industries, settings, s, clxs.realism.RealismPools.load(settings.locale(), s, localDir));
    }

    /** The plan as a SQL script for {@code dialect}, executing nothing. */
    public String sql(Dialect dialect) {
        return SqlScript.render(plan(), dialect);
    }

    /** Generates into the local DuckDB catalog ({@code ./clxs-data/<catalog>.duckdb} unless {@code CLXS_HOME} says otherwise). */
    public RunResult generate() {
        return generate(LocalEngine.defaults());
    }

    public RunResult generate(Engine engine) {
        Optional<String> databricksOnly = databricksOnly();
        if (databricksOnly.isPresent() && !engine.dialect().equals(Dialect.DATABRICKS)) {
            throw new InvalidDefinitionException("custom_industries", databricksOnly.get());
        }
        return engine.execute(plan(engine instanceof LocalEngine local ? local.catalogs().dir() : clxs.engine.LocalCatalogs.defaultDir()));
    }

    /** Rows, bytes, time and cost per industry on the local engine, without running anything. */
    public clxs.estimate.Preview preview() {
        return clxs.estimate.Estimator.local().estimate(plan());
    }

    /** The same, for another {@link clxs.estimate.Estimator} (a SQL warehouse size and DBU price). */
    public clxs.estimate.Preview preview(clxs.estimate.Estimator estimator) {
        return estimator.estimate(plan());
    }

    /** Removes the local catalog (and its clone, volumes and files) that {@link #generate()} made; returns what went. */
    public List<String> cleanup() {
        return cleanup(LocalEngine.defaults());
    }

    /** Removes the catalog, and its clone when {@code dest_catalog} is set, from {@code target}. */
    public List<String> cleanup(Engine engine) {
        List<String> names = new ArrayList<>(List.of(settings.catalog()));
        if (settings.destCatalog() != null) names.add(settings.destCatalog());
        return engine.cleanup(names);
    }

    /** Total rows of all tables at this scale. */
    public long rows() {
        return industries.stream().mapToLong(i -> i.rowsAt(settings.scale())).sum();
    }

    public List<String> industryNames() {
        return industries.stream().map(Industry::name).toList();
    }

    /** This definition in the seed API's JSON shape ({@code catalog_name}, {@code scale_factor}, ...). */
    public String toJson() {
        return DemoCatalogJson.write(this);
    }

    public static DemoCatalog fromJson(String json) {
        return DemoCatalogJson.read(json);
    }

    static LocalDate parseDate(String field, String text) {
        try {
            if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("format", String.valueOf(text), 0);
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDefinitionException(field, "'" + text + "' is not a date in YYYY-MM-DD form");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemoCatalog d && industries.equals(d.industries) && customFiles.equals(d.customFiles) && Objects.equals(seed, d.seed)
                && settings.equals(d.settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(industries, customFiles, seed, settings);
    }

    @Override
    public String toString() {
        return "DemoCatalog[" + settings.catalog() + ", industries=" + industryNames() + ", scale=" + settings.scale() + ", dates="
                + settings.startDate() + ".." + settings.endDate() + ", seed=" + (seed == null ? "random" : seed) + "]";
    }
}
