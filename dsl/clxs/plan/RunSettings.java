package clxs.plan;

import clxs.settings.DataModel;

import clxs.model.Names;
import clxs.settings.DqProfile;
import clxs.settings.InvalidDefinitionException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * How a plan is to be run, without what it generates: the settings layers and engines read. A
 * {@link Plan} carries them instead of the user's definition, so nothing below the DSL depends on
 * it. The date window is {@code [startDate, endDate)}: the end date is the first day after it, so
 * the default 2020-01-01 to 2025-01-01 is five whole years and every month and quarter of it is
 * complete (an inclusive end left a one-day last period in every time series). Every value is checked when the record is made, with the setting's JSON name
 * ({@code scale_factor}, {@code max_workers}, ...) in the message.
 *
 * <pre>{@code
 * RunSettings s = RunSettings.defaults("demo").toBuilder().scale(0.01).starSchema(true).build();
 * }</pre>
 */
public record RunSettings(String catalog, double scale, LocalDate startDate, LocalDate endDate, long batchSize, int maxWorkers,
                          String owner, String storageLocation, boolean dropExisting, boolean medallion, boolean createFunctions,
                          boolean createVolumes, boolean validateReferentialIntegrity, DataModel dataModel, boolean schemaOnly,
                          DqProfile dqProfile, boolean ucBestPractices, String destCatalog, boolean realisticData, String locale,
                          boolean injectAnomalies, double anomalyRate) {

    public static final double DEFAULT_SCALE = 1.0;
    public static final double MAX_SCALE = 10.0;
    public static final LocalDate DEFAULT_START = LocalDate.of(2020, 1, 1);
    public static final LocalDate DEFAULT_END = LocalDate.of(2025, 1, 1);
    public static final long DEFAULT_BATCH_SIZE = 5_000_000;
    /** The seed API's bounds: smaller batches make plans of millions of statements (a batch of 100 at scale 1 ran out of memory planning). */
    public static final long MIN_BATCH_SIZE = 1_000;
    public static final long MAX_BATCH_SIZE = 50_000_000;
    public static final int DEFAULT_MAX_WORKERS = 4;
    public static final int MAX_WORKERS_LIMIT = 16;
    public static final String DEFAULT_LOCALE = "en_US";
    public static final double DEFAULT_ANOMALY_RATE = 0.02;
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2,3})?");
    private static final Pattern LOCATION = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s'\"\\\\]+");

    public RunSettings {
        String nameProblem = Names.problem(catalog);
        if (nameProblem != null) {
            throw new InvalidDefinitionException("catalog_name", catalog == null || catalog.isEmpty()
                    ? "a catalog name is required" : "'" + catalog + "' " + nameProblem);
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new InvalidDefinitionException("scale_factor", "must be greater than 0 and at most " + (int) MAX_SCALE + ", got " + scale);
        }
        if (startDate == null) throw new InvalidDefinitionException("start_date", "a start date is required");
        if (endDate == null) throw new InvalidDefinitionException("end_date", "an end date is required");
        if (!endDate.isAfter(startDate)) {
            throw new InvalidDefinitionException("end_date", "end date " + endDate + " must be after start date " + startDate
                    + " (the window ends the day before the end date)");
        }
        if (batchSize < MIN_BATCH_SIZE || batchSize > MAX_BATCH_SIZE) {
            throw new InvalidDefinitionException("batch_size", String.format("must be between %,d and %,d, got %,d", MIN_BATCH_SIZE, MAX_BATCH_SIZE, batchSize));
        }
        if (maxWorkers < 1 || maxWorkers > MAX_WORKERS_LIMIT) {
            throw new InvalidDefinitionException("max_workers", "must be between 1 and " + MAX_WORKERS_LIMIT + ", got " + maxWorkers);
        }
        if (owner != null && (owner.isBlank() || owner.chars().anyMatch(Character::isISOControl) || owner.contains("`"))) {
            throw new InvalidDefinitionException("owner", "must be a principal name without backticks or control characters, got '" + owner + "'");
        }
        if (dataModel == null) throw new InvalidDefinitionException("data_model", "a data model is required");
        if (dqProfile == null) throw new InvalidDefinitionException("dq_profile", "a data-quality profile is required");
        if (destCatalog != null) {
            String destProblem = Names.problem(destCatalog);
            if (destProblem != null) throw new InvalidDefinitionException("dest_catalog", "'" + destCatalog + "' " + destProblem);
            if (destCatalog.equalsIgnoreCase(catalog)) {
                throw new InvalidDefinitionException("dest_catalog", "must differ from the catalog being generated ('" + catalog + "')");
            }
        }
        if (locale == null || !LOCALE.matcher(locale).matches()) {
            throw new InvalidDefinitionException("locale", "must be a locale such as en_US, de_DE or ja_JP, got '" + locale + "'");
        }
        if (!(anomalyRate >= 0 && anomalyRate <= 1)) throw new InvalidDefinitionException("anomaly_rate", "must be between 0 and 1, got " + anomalyRate);
        if (storageLocation != null && !LOCATION.matcher(storageLocation).matches()) {
            throw new InvalidDefinitionException("storage_location",
                    "must be a cloud storage URI such as abfss://container@account.dfs.core.windows.net/demo, got '" + storageLocation + "'");
        }
    }

    /** Every default: scale 1.0, 2020-01-01 to 2024-12-31 (end date 2025-01-01), medallion, functions, volumes, audit and governance on. */
    public static RunSettings defaults(String catalog) {
        return new RunSettings(catalog, DEFAULT_SCALE, DEFAULT_START, DEFAULT_END, DEFAULT_BATCH_SIZE, DEFAULT_MAX_WORKERS, null, null,
                false, true, true, true, true, DataModel.FLAT, false, DqProfile.REALISTIC, true, null, false, DEFAULT_LOCALE, false, DEFAULT_ANOMALY_RATE);
    }

    /** The last day of the window: the day before {@link #endDate()}. */
    public LocalDate lastDay() {
        return endDate.minusDays(1);
    }

    public boolean starSchema() {
        return dataModel == DataModel.STAR_SCHEMA;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings of a copy; {@link #build()} checks them all. */
    public static final class Builder {
        private String catalog;
        private double scale;
        private LocalDate startDate;
        private LocalDate endDate;
        private long batchSize;
        private int maxWorkers;
        private String owner;
        private String storageLocation;
        private boolean dropExisting;
        private boolean medallion;
        private boolean createFunctions;
        private boolean createVolumes;
        private boolean validateReferentialIntegrity;
        private DataModel dataModel;
        private boolean schemaOnly;
        private DqProfile dqProfile;
        private boolean ucBestPractices;
        private String destCatalog;
        private boolean realisticData;
        private String locale;
        private boolean injectAnomalies;
        private double anomalyRate;

        private Builder(RunSettings s) {
            catalog = s.catalog;
            scale = s.scale;
            startDate = s.startDate;
            endDate = s.endDate;
            batchSize = s.batchSize;
            maxWorkers = s.maxWorkers;
            owner = s.owner;
            storageLocation = s.storageLocation;
            dropExisting = s.dropExisting;
            medallion = s.medallion;
            createFunctions = s.createFunctions;
            createVolumes = s.createVolumes;
            validateReferentialIntegrity = s.validateReferentialIntegrity;
            dataModel = s.dataModel;
            schemaOnly = s.schemaOnly;
            dqProfile = s.dqProfile;
            ucBestPractices = s.ucBestPractices;
            destCatalog = s.destCatalog;
            realisticData = s.realisticData;
            locale = s.locale;
            injectAnomalies = s.injectAnomalies;
            anomalyRate = s.anomalyRate;
        }

        public Builder catalog(String v) { catalog = v; return this; }
        public Builder scale(double v) { scale = v; return this; }
        public Builder dates(LocalDate start, LocalDate end) { startDate = start; endDate = end; return this; }
        public Builder batchSize(long v) { batchSize = v; return this; }
        public Builder maxWorkers(int v) { maxWorkers = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder storageLocation(String v) { storageLocation = v; return this; }
        public Builder dropExisting(boolean v) { dropExisting = v; return this; }
        public Builder medallion(boolean v) { medallion = v; return this; }
        public Builder createFunctions(boolean v) { createFunctions = v; return this; }
        public Builder createVolumes(boolean v) { createVolumes = v; return this; }
        public Builder validateReferentialIntegrity(boolean v) { validateReferentialIntegrity = v; return this; }
        public Builder dataModel(DataModel v) { dataModel = v; return this; }
        public Builder schemaOnly(boolean v) { schemaOnly = v; return this; }
        public Builder dqProfile(DqProfile v) { dqProfile = v; return this; }
        public Builder ucBestPractices(boolean v) { ucBestPractices = v; return this; }
        public Builder destCatalog(String v) { destCatalog = v; return this; }
        public Builder realisticData(boolean v) { realisticData = v; return this; }
        public Builder locale(String v) { locale = v; return this; }
        public Builder injectAnomalies(boolean v) { injectAnomalies = v; return this; }
        public Builder anomalyRate(double v) { anomalyRate = v; return this; }

        public RunSettings build() {
            return new RunSettings(catalog, scale, startDate, endDate, batchSize, maxWorkers, owner, storageLocation, dropExisting, medallion,
                    createFunctions, createVolumes, validateReferentialIntegrity, dataModel, schemaOnly, dqProfile, ucBestPractices, destCatalog,
                    realisticData, locale, injectAnomalies, anomalyRate);
        }
    }
}
