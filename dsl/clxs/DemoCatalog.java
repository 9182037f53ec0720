package clxs;

import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Names;
import clxs.plan.Compiler;
import clxs.plan.Plan;
import clxs.sql.Dialect;
import clxs.sql.SqlScript;
import clxs.target.LocalTarget;
import clxs.target.RunResult;
import clxs.target.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

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
 * (1.0 is about 200M rows per industry), {@code start_date}/{@code end_date} (event dates, end
 * inclusive), {@code seed} (null draws one per plan), {@code batch_size} (rows per INSERT),
 * {@code max_workers} (parallel statements), {@code owner}, {@code storage_location},
 * {@code drop_existing}, {@code medallion}, {@code create_functions}, {@code create_volumes},
 * {@code validate_referential_integrity} (the foreign-key audit after generation), {@code data_model}
 * ({@code flat} or {@code star_schema}), {@code schema_only}, {@code dq_profile}, {@code uc_best_practices},
 * {@code dest_catalog}.
 */
public final class DemoCatalog {

    public static final double DEFAULT_SCALE = 1.0;
    public static final double MAX_SCALE = 10.0;
    public static final LocalDate DEFAULT_START = LocalDate.of(2020, 1, 1);
    public static final LocalDate DEFAULT_END = LocalDate.of(2025, 1, 1);
    public static final long DEFAULT_BATCH_SIZE = 5_000_000;
    public static final int DEFAULT_MAX_WORKERS = 4;
    public static final int MAX_WORKERS_LIMIT = 64;
    private static final Pattern LOCATION = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s'\"\\\\]+");

    /** The values, copied on every change; never shared with callers. */
    private static final class Settings implements Cloneable {
        String catalogName;
        List<Industry> industries;
        double scale = DEFAULT_SCALE;
        LocalDate startDate = DEFAULT_START;
        LocalDate endDate = DEFAULT_END;
        Long seed;
        long batchSize = DEFAULT_BATCH_SIZE;
        int maxWorkers = DEFAULT_MAX_WORKERS;
        String owner;
        String storageLocation;
        boolean dropExisting;
        boolean medallion = true;
        boolean createFunctions = true;
        boolean createVolumes = true;
        boolean validateReferentialIntegrity = true;
        DataModel dataModel = DataModel.FLAT;
        boolean schemaOnly;
        DqProfile dqProfile = DqProfile.REALISTIC;
        boolean ucBestPractices = true;
        String destCatalog;

        Settings copy() {
            try {
                return (Settings) clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        List<Object> values() {
            return Arrays.asList(catalogName, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, owner, storageLocation,
                    dropExisting, medallion, createFunctions, createVolumes, validateReferentialIntegrity, dataModel, schemaOnly, dqProfile,
                    ucBestPractices, destCatalog);
        }
    }

    private final Settings s;

    private DemoCatalog(Settings s) {
        validate(s);
        this.s = s;
    }

    private static void validate(Settings s) {
        String nameProblem = Names.problem(s.catalogName);
        if (nameProblem != null) {
            throw new InvalidDefinitionException("catalog_name", s.catalogName == null || s.catalogName.isEmpty()
                    ? "a catalog name is required" : "'" + s.catalogName + "' " + nameProblem);
        }
        s.industries = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(s.industries, "industries")));
        if (s.industries.isEmpty()) throw new InvalidDefinitionException("industries", "choose at least one industry; valid: " + Industries.names());
        if (!(s.scale > 0 && s.scale <= MAX_SCALE)) {
            throw new InvalidDefinitionException("scale_factor", "must be greater than 0 and at most " + (int) MAX_SCALE + ", got " + s.scale);
        }
        if (s.startDate == null) throw new InvalidDefinitionException("start_date", "a start date is required");
        if (s.endDate == null) throw new InvalidDefinitionException("end_date", "an end date is required");
        if (s.endDate.isBefore(s.startDate)) {
            throw new InvalidDefinitionException("end_date", "end date " + s.endDate + " is before start date " + s.startDate);
        }
        if (s.batchSize < 1) throw new InvalidDefinitionException("batch_size", "must be at least 1, got " + s.batchSize);
        if (s.maxWorkers < 1 || s.maxWorkers > MAX_WORKERS_LIMIT) {
            throw new InvalidDefinitionException("max_workers", "must be between 1 and " + MAX_WORKERS_LIMIT + ", got " + s.maxWorkers);
        }
        if (s.owner != null && (s.owner.isBlank() || s.owner.chars().anyMatch(Character::isISOControl) || s.owner.contains("`"))) {
            throw new InvalidDefinitionException("owner", "must be a principal name without backticks or control characters, got '" + s.owner + "'");
        }
        if (s.dataModel == null) throw new InvalidDefinitionException("data_model", "a data model is required");
        if (s.dqProfile == null) throw new InvalidDefinitionException("dq_profile", "a data-quality profile is required");
        if (s.destCatalog != null) {
            String destProblem = Names.problem(s.destCatalog);
            if (destProblem != null) throw new InvalidDefinitionException("dest_catalog", "'" + s.destCatalog + "' " + destProblem);
            if (s.destCatalog.equalsIgnoreCase(s.catalogName)) {
                throw new InvalidDefinitionException("dest_catalog", "must differ from the catalog being generated ('" + s.catalogName + "')");
            }
        }
        if (s.storageLocation != null && !LOCATION.matcher(s.storageLocation).matches()) {
            throw new InvalidDefinitionException("storage_location",
                    "must be a cloud storage URI such as abfss://container@account.dfs.core.windows.net/demo, got '" + s.storageLocation + "'");
        }
    }

    private DemoCatalog change(Consumer<Settings> edit) {
        Settings next = s.copy();
        edit.accept(next);
        return new DemoCatalog(next);
    }

    /** Starts a definition with every default: all industries, scale 1.0, 2020-01-01 to 2025-01-01. */
    public static DemoCatalog named(String catalogName) {
        Settings s = new Settings();
        s.catalogName = catalogName;
        s.industries = Industries.all();
        return new DemoCatalog(s);
    }

    // ------------------------------------------------------------------ settings

    public String catalogName() { return s.catalogName; }

    public List<Industry> industries() { return s.industries; }

    public double scale() { return s.scale; }

    public LocalDate startDate() { return s.startDate; }

    public LocalDate endDate() { return s.endDate; }

    /** The seed, or null when each plan draws one. */
    public Long seed() { return s.seed; }

    public long batchSize() { return s.batchSize; }

    public int maxWorkers() { return s.maxWorkers; }

    public String owner() { return s.owner; }

    public String storageLocation() { return s.storageLocation; }

    public boolean dropExisting() { return s.dropExisting; }

    public boolean medallion() { return s.medallion; }

    public boolean createFunctions() { return s.createFunctions; }

    public boolean createVolumes() { return s.createVolumes; }

    public boolean validateReferentialIntegrity() { return s.validateReferentialIntegrity; }

    public DataModel dataModel() { return s.dataModel; }

    /** Whether rows are skipped (see {@link #schemaOnly()}, which sets it). */
    public boolean isSchemaOnly() { return s.schemaOnly; }

    public DqProfile dqProfile() { return s.dqProfile; }

    /** Unity Catalog governance on the generated tables: tags, keys, CHECKs, properties, grants, masks, row filters. */
    public boolean ucBestPractices() { return s.ucBestPractices; }

    /** The catalog the generated one is cloned into, or null. */
    public String destCatalog() { return s.destCatalog; }

    /** Another catalog name, same settings. */
    public DemoCatalog catalog(String name) { return change(x -> x.catalogName = name); }

    public DemoCatalog industries(Industry... chosen) { return industries(Arrays.asList(chosen)); }

    public DemoCatalog industries(List<Industry> chosen) { return change(x -> x.industries = List.copyOf(chosen)); }

    /** Industries by name, e.g. {@code industries("healthcare", "retail")}. */
    public DemoCatalog industries(String... names) {
        List<Industry> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(Industries.byName(n).orElseThrow(() -> new InvalidDefinitionException("industries",
                    "unknown industry '" + n + "'; valid: " + Industries.names())));
        }
        return industries(chosen);
    }

    public DemoCatalog scale(double factor) { return change(x -> x.scale = factor); }

    public DemoCatalog dates(LocalDate start, LocalDate end) {
        return change(x -> {
            x.startDate = start;
            x.endDate = end;
        });
    }

    /** Dates as {@code YYYY-MM-DD}. */
    public DemoCatalog dates(String start, String end) {
        return dates(parseDate("start_date", start), parseDate("end_date", end));
    }

    public DemoCatalog seed(long value) { return change(x -> x.seed = value); }

    /** Draw a new seed for every plan (the seed used is reported). */
    public DemoCatalog randomSeed() { return change(x -> x.seed = null); }

    public DemoCatalog batchSize(long rows) { return change(x -> x.batchSize = rows); }

    public DemoCatalog maxWorkers(int workers) { return change(x -> x.maxWorkers = workers); }

    public DemoCatalog owner(String principal) { return change(x -> x.owner = principal); }

    public DemoCatalog storageLocation(String uri) { return change(x -> x.storageLocation = uri); }

    public DemoCatalog dropExisting(boolean drop) { return change(x -> x.dropExisting = drop); }

    public DemoCatalog medallion(boolean layers) { return change(x -> x.medallion = layers); }

    public DemoCatalog createFunctions(boolean create) { return change(x -> x.createFunctions = create); }

    public DemoCatalog createVolumes(boolean create) { return change(x -> x.createVolumes = create); }

    /** Run the sampled foreign-key orphan check after generation (on by default). */
    public DemoCatalog validateReferentialIntegrity(boolean audit) { return change(x -> x.validateReferentialIntegrity = audit); }

    public DemoCatalog dataModel(DataModel model) { return change(x -> x.dataModel = model); }

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

    public DemoCatalog schemaOnly(boolean ddlOnly) { return change(x -> x.schemaOnly = ddlOnly); }

    public DemoCatalog dqProfile(DqProfile profile) { return change(x -> x.dqProfile = profile); }

    public DemoCatalog ucBestPractices(boolean apply) { return change(x -> x.ucBestPractices = apply); }

    /** After generation, clone the catalog into {@code catalog} (DEEP CLONE on Databricks, a copy locally). */
    public DemoCatalog destCatalog(String catalog) { return change(x -> x.destCatalog = catalog); }

    // ------------------------------------------------------------------ terminal operations

    /** Compiles the definition into phases of dialect-free steps (draws a seed if none is set). */
    public Plan plan() {
        return Compiler.compile(this);
    }

    /** The plan as a SQL script for {@code dialect}, executing nothing. */
    public String sql(Dialect dialect) {
        return SqlScript.render(plan(), dialect);
    }

    /** Generates into the local DuckDB catalog ({@code ./clxs-data/<catalog>.duckdb} unless {@code CLXS_HOME} says otherwise). */
    public RunResult generate() {
        return generate(LocalTarget.defaults());
    }

    public RunResult generate(Target target) {
        return target.execute(plan());
    }

    /** Rows, bytes, time and cost per industry on the local engine, without running anything. */
    public clxs.estimate.Preview preview() {
        return clxs.estimate.Estimator.local().estimate(this);
    }

    /** The same, for another {@link clxs.estimate.Estimator} (a SQL warehouse size and DBU price). */
    public clxs.estimate.Preview preview(clxs.estimate.Estimator estimator) {
        return estimator.estimate(this);
    }

    /** Removes the local catalog (and its clone, volumes and files) that {@link #generate()} made; returns what went. */
    public List<String> cleanup() {
        return cleanup(LocalTarget.defaults());
    }

    /** Removes the catalog, and its clone when {@code dest_catalog} is set, from {@code target}. */
    public List<String> cleanup(Target target) {
        List<String> names = new ArrayList<>(List.of(s.catalogName));
        if (s.destCatalog != null) names.add(s.destCatalog);
        return target.cleanup(names);
    }

    /** Total rows of all tables at this scale. */
    public long rows() {
        return s.industries.stream().mapToLong(i -> i.rowsAt(s.scale)).sum();
    }

    public List<String> industryNames() {
        return s.industries.stream().map(Industry::name).toList();
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
        return o instanceof DemoCatalog d && s.values().equals(d.s.values());
    }

    @Override
    public int hashCode() {
        return s.values().hashCode();
    }

    @Override
    public String toString() {
        return "DemoCatalog[" + s.catalogName + ", industries=" + industryNames() + ", scale=" + s.scale + ", dates=" + s.startDate + ".."
                + s.endDate + ", seed=" + (s.seed == null ? "random" : s.seed) + "]";
    }
}
