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
 * @param catalogName     catalog to create ({@code catalog_name})
 * @param industries      industries to generate, one schema each
 * @param scale           row multiplier; 1.0 is about 200M rows per industry ({@code scale_factor})
 * @param startDate       first day of generated event dates ({@code start_date})
 * @param endDate         last day of generated event dates, inclusive ({@code end_date})
 * @param seed            seed of every generated value, or null to draw one per plan
 * @param batchSize       rows per INSERT statement ({@code batch_size})
 * @param maxWorkers      statements run in parallel within a phase ({@code max_workers})
 * @param owner           catalog owner, or null
 * @param storageLocation managed location of the catalog, or null ({@code storage_location})
 * @param dropExisting    drop the catalog first ({@code drop_existing})
 * @param medallion       add bronze, silver and gold layers
 * @param createFunctions create each industry's SQL functions ({@code create_functions})
 * @param createVolumes   create volumes with sample files ({@code create_volumes})
 */
public record DemoCatalog(String catalogName, List<Industry> industries, double scale, LocalDate startDate, LocalDate endDate,
                          Long seed, long batchSize, int maxWorkers, String owner, String storageLocation, boolean dropExisting,
                          boolean medallion, boolean createFunctions, boolean createVolumes) {

    public static final double DEFAULT_SCALE = 1.0;
    public static final double MAX_SCALE = 10.0;
    public static final LocalDate DEFAULT_START = LocalDate.of(2020, 1, 1);
    public static final LocalDate DEFAULT_END = LocalDate.of(2025, 1, 1);
    public static final long DEFAULT_BATCH_SIZE = 5_000_000;
    public static final int DEFAULT_MAX_WORKERS = 4;
    public static final int MAX_WORKERS_LIMIT = 64;
    private static final Pattern LOCATION = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s'\"\\\\]+");

    public DemoCatalog {
        String nameProblem = Names.problem(catalogName);
        if (nameProblem != null) {
            throw new InvalidDefinitionException("catalog_name", catalogName == null || catalogName.isEmpty()
                    ? "a catalog name is required" : "'" + catalogName + "' " + nameProblem);
        }
        industries = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(industries, "industries")));
        if (industries.isEmpty()) throw new InvalidDefinitionException("industries", "choose at least one industry; valid: " + Industries.names());
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new InvalidDefinitionException("scale_factor", "must be greater than 0 and at most " + (int) MAX_SCALE + ", got " + scale);
        }
        if (startDate == null) throw new InvalidDefinitionException("start_date", "a start date is required");
        if (endDate == null) throw new InvalidDefinitionException("end_date", "an end date is required");
        if (endDate.isBefore(startDate)) {
            throw new InvalidDefinitionException("end_date", "end date " + endDate + " is before start date " + startDate);
        }
        if (batchSize < 1) throw new InvalidDefinitionException("batch_size", "must be at least 1, got " + batchSize);
        if (maxWorkers < 1 || maxWorkers > MAX_WORKERS_LIMIT) {
            throw new InvalidDefinitionException("max_workers", "must be between 1 and " + MAX_WORKERS_LIMIT + ", got " + maxWorkers);
        }
        if (owner != null && (owner.isBlank() || owner.chars().anyMatch(Character::isISOControl) || owner.contains("`"))) {
            throw new InvalidDefinitionException("owner", "must be a principal name without backticks or control characters, got '" + owner + "'");
        }
        if (storageLocation != null && !LOCATION.matcher(storageLocation).matches()) {
            throw new InvalidDefinitionException("storage_location",
                    "must be a cloud storage URI such as abfss://container@account.dfs.core.windows.net/demo, got '" + storageLocation + "'");
        }
    }

    /** Starts a definition with every default: all industries, scale 1.0, 2020-01-01 to 2025-01-01. */
    public static DemoCatalog named(String catalogName) {
        return new DemoCatalog(catalogName, Industries.all(), DEFAULT_SCALE, DEFAULT_START, DEFAULT_END, null,
                DEFAULT_BATCH_SIZE, DEFAULT_MAX_WORKERS, null, null, false, true, true, true);
    }

    public DemoCatalog industries(Industry... chosen) {
        return industries(Arrays.asList(chosen));
    }

    public DemoCatalog industries(List<Industry> chosen) {
        return new DemoCatalog(catalogName, chosen, scale, startDate, endDate, seed, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    /** Industries by name, e.g. {@code industries("healthcare", "retail")}. */
    public DemoCatalog industries(String... names) {
        List<Industry> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(Industries.byName(n).orElseThrow(() -> new InvalidDefinitionException("industries",
                    "unknown industry '" + n + "'; valid: " + Industries.names())));
        }
        return industries(chosen);
    }

    public DemoCatalog scale(double factor) {
        return new DemoCatalog(catalogName, industries, factor, startDate, endDate, seed, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    public DemoCatalog dates(LocalDate start, LocalDate end) {
        return new DemoCatalog(catalogName, industries, scale, start, end, seed, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    /** Dates as {@code YYYY-MM-DD}. */
    public DemoCatalog dates(String start, String end) {
        return dates(parseDate("start_date", start), parseDate("end_date", end));
    }

    public DemoCatalog seed(long value) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, value, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    /** Draw a new seed for every plan (the seed used is reported). */
    public DemoCatalog randomSeed() {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, null, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    public DemoCatalog batchSize(long rows) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, rows, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    public DemoCatalog maxWorkers(int workers) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, batchSize, workers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    public DemoCatalog owner(String principal) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, principal,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

    public DemoCatalog storageLocation(String uri) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, owner,
                uri, dropExisting, medallion, createFunctions, createVolumes);
    }

    public DemoCatalog dropExisting(boolean drop) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, owner,
                storageLocation, drop, medallion, createFunctions, createVolumes);
    }

    public DemoCatalog medallion(boolean layers) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, layers, createFunctions, createVolumes);
    }

    public DemoCatalog createFunctions(boolean create) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, create, createVolumes);
    }

    public DemoCatalog createVolumes(boolean create) {
        return new DemoCatalog(catalogName, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, create);
    }

    /** Another catalog name, same settings. */
    public DemoCatalog catalog(String name) {
        return new DemoCatalog(name, industries, scale, startDate, endDate, seed, batchSize, maxWorkers, owner,
                storageLocation, dropExisting, medallion, createFunctions, createVolumes);
    }

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

    /** Total rows of all tables at this scale. */
    public long rows() {
        return industries.stream().mapToLong(i -> i.rowsAt(scale)).sum();
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
    public String toString() {
        return "DemoCatalog[" + catalogName + ", industries=" + industryNames() + ", scale=" + scale + ", dates=" + startDate + ".." + endDate
                + ", seed=" + (seed == null ? "random" : seed) + "]";
    }
}
