package clxs.cli;

import clxs.DemoCatalogJson;

import clxs.DemoCatalog;
import clxs.settings.Json;
import clxs.settings.InvalidDefinitionException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that define a demo catalog, shared by {@code demo}, {@code sql} and later commands.
 * Flags are applied over {@code --config} as JSON fields, so both paths share one set of checks.
 */
public final class DefinitionOptions {

    /** JSON field to the flag that sets it, so messages name what the user typed. */
    static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("catalog_name", "--catalog"), Map.entry("industries", "--industry"), Map.entry("scale_factor", "--scale"),
            Map.entry("seed", "--seed"), Map.entry("start_date", "--start-date"), Map.entry("end_date", "--end-date"),
            Map.entry("batch_size", "--batch-size"), Map.entry("max_workers", "--max-workers"), Map.entry("owner", "--owner"),
            Map.entry("storage_location", "--storage-location"), Map.entry("config", "--config"), Map.entry("data_model", "--data-model"),
            Map.entry("dq_profile", "--dq-profile"), Map.entry("dest_catalog", "--dest-catalog"),
            Map.entry("custom_industries", "--custom-industries"), Map.entry("locale", "--locale"), Map.entry("anomaly_rate", "--anomaly-rate"),
            Map.entry("realistic_data", "--realistic-data"), Map.entry("inject_anomalies", "--inject-anomalies"),
            Map.entry("create_functions", "--no-functions"));

    @Option(names = "--catalog", paramLabel = "NAME", description = "Catalog to create (letters, digits, underscores).")
    String catalog;

    @Option(names = {"--industry", "--industries"}, arity = "1..*", split = ",", paramLabel = "INDUSTRY", completionCandidates = IndustryNames.class,
            description = "Industries to generate, space- or comma-separated (default: all). Valid: ${COMPLETION-CANDIDATES}")
    List<String> industries;

    @Option(names = "--scale", paramLabel = "FACTOR", converter = DecimalConverter.class, description = "Row multiplier, 0 < FACTOR <= 10; 1.0 is ~200M rows per industry (default: 1.0).")
    Double scale;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every generated value; the same seed gives the same rows (default: drawn and reported).")
    Long seed;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", description = "First day of event dates (default: 2020-01-01).")
    String startDate;

    @Option(names = "--end-date", paramLabel = "YYYY-MM-DD", description = "Day after the last event date: the window ends the day before, so months and years stay whole (default: 2025-01-01, "
                    + "so events run through 2024-12-31).")
    String endDate;

    @Option(names = "--batch-size", paramLabel = "ROWS", description = "Rows per INSERT statement, 1000..50000000 (default: 5000000).")
    Long batchSize;

    @Option(names = "--max-workers", paramLabel = "N", description = "Statements run in parallel, 1..16 (default: 4); locally the inserts run at most one per core.")
    Integer maxWorkers;

    @Option(names = "--owner", paramLabel = "PRINCIPAL", description = "Owner of the catalog (Databricks).")
    String owner;

    @Option(names = "--storage-location", paramLabel = "URI", description = "Managed storage location of the catalog (Databricks).")
    String storageLocation;

    @Option(names = "--drop-existing", description = "Drop the catalog first if it exists.")
    Boolean dropExisting;

    @Option(names = "--no-medallion", description = "Skip the bronze, silver and gold layers.")
    Boolean noMedallion;

    @Option(names = "--no-validate-referential-integrity", description = "Skip the foreign-key orphan audit after generation.")
    Boolean noAudit;

    @Option(names = "--data-model", paramLabel = "MODEL", description = "flat (default) or star_schema: adds <industry>_star with dim_date, dims and facts.")
    String dataModel;

    @Option(names = "--star-schema", description = "Same as --data-model star_schema.")
    Boolean starSchema;

    @Option(names = "--schema-only", description = "Create every table, view and function but write no rows (seconds at any scale).")
    Boolean schemaOnly;

    @Option(names = "--dq-profile", paramLabel = "PROFILE",
            description = "Data-quality issues to inject: clean, realistic (default: 5%% NULLs, 0.1%% outliers, 100 duplicate rows per table) or dirty (15%%, 5%%, 5000).")
    String dqProfile;

    @Option(names = "--no-uc-best-practices", description = "Skip governance: tags, keys, CHECKs, table properties, grants, masks, row filters.")
    Boolean noUcBestPractices;

    @Option(names = "--dest-catalog", paramLabel = "NAME", description = "Clone the generated catalog into NAME (DEEP CLONE on Databricks, a copy locally).")
    String destCatalog;

    @Option(names = "--custom-industries", arity = "1..*", paramLabel = "FILE",
            description = "YAML files of custom industries; choose them with --industry like a built-in (see clxs industries).")
    List<Path> customIndustries;

    @Option(names = "--realistic-data", description = "People, places and companies from Datafaker for --locale (default en_US) instead of the built-in US lists.")
    Boolean realisticData;

    @Option(names = "--locale", paramLabel = "LOCALE", description = "Locale of --realistic-data, e.g. de_DE, fr_FR, ja_JP (default: en_US).")
    String locale;

    @Option(names = "--inject-anomalies", description = "Add ML labels: financial is_fraud, telecom churn_risk, healthcare and manufacturing is_anomaly.")
    Boolean injectAnomalies;

    @Option(names = "--anomaly-rate", paramLabel = "RATE", description = "Positive rate of the --inject-anomalies labels, 0..1 (default: 0.02).")
    Double anomalyRate;

    @Option(names = "--no-functions", description = "Skip the SQL functions (create_functions: false).")
    Boolean noFunctions;

    @Option(names = "--config", paramLabel = "FILE", description = "Read the definition from a JSON file (seed API field names); flags override it.")
    Path config;

    /** The definition from {@code --config} and the flags; throws {@link InvalidDefinitionException} naming the field. */
    public DemoCatalog definition() {
        return parsed().definition();
    }

    /** The definition and the config fields this version ignored. */
    public DemoCatalogJson.Parsed parsed() {
        ObjectNode tree = config == null ? Json.MAPPER.createObjectNode() : readConfig(config);
        if (catalog != null) tree.put("catalog_name", catalog);
        if (customIndustries != null) {
            ArrayNode files = tree.putArray("custom_industries");
            customIndustries.forEach(f -> files.add(f.toString()));
        }
        if (industries != null) {
            ArrayNode list = tree.putArray("industries");
            industries.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(list::add);
        }
        if (scale != null) tree.put("scale_factor", scale);
        if (seed != null) tree.put("seed", seed);
        if (startDate != null) tree.put("start_date", startDate);
        if (endDate != null) tree.put("end_date", endDate);
        if (batchSize != null) tree.put("batch_size", batchSize);
        if (maxWorkers != null) tree.put("max_workers", maxWorkers);
        if (owner != null) tree.put("owner", owner);
        if (storageLocation != null) tree.put("storage_location", storageLocation);
        if (Boolean.TRUE.equals(dropExisting)) tree.put("drop_existing", true);
        if (Boolean.TRUE.equals(noMedallion)) tree.put("medallion", false);
        if (Boolean.TRUE.equals(noAudit)) tree.put("validate_referential_integrity", false);
        if (dataModel != null) tree.put("data_model", dataModel);
        if (Boolean.TRUE.equals(starSchema)) {
            if (dataModel != null && !dataModel.equalsIgnoreCase("star_schema")) {
                throw new InvalidDefinitionException("data_model", "--star-schema contradicts --data-model " + dataModel);
            }
            tree.put("data_model", "star_schema");
        }
        if (Boolean.TRUE.equals(schemaOnly)) tree.put("schema_only", true);
        if (dqProfile != null) tree.put("dq_profile", dqProfile);
        if (Boolean.TRUE.equals(noUcBestPractices)) tree.put("uc_best_practices", false);
        if (destCatalog != null) tree.put("dest_catalog", destCatalog);
        if (Boolean.TRUE.equals(realisticData)) tree.put("realistic_data", true);
        if (locale != null) tree.put("locale", locale);
        if (Boolean.TRUE.equals(injectAnomalies)) tree.put("inject_anomalies", true);
        if (anomalyRate != null) tree.put("anomaly_rate", anomalyRate);
        if (Boolean.TRUE.equals(noFunctions)) tree.put("create_functions", false);
        if (!tree.hasNonNull("catalog_name")) {
            throw new InvalidDefinitionException("catalog_name", "a catalog name is required (--catalog NAME or \"catalog_name\" in --config)");
        }
        return DemoCatalogJson.fromTree(tree);
    }

    private static ObjectNode readConfig(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDefinitionException("config", "file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidDefinitionException("config", "cannot read " + file + ": " + e.getMessage());
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = Json.MAPPER.reader()
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
            if (node == null || !node.isObject()) throw new InvalidDefinitionException("config", file + " must hold a JSON object");
            return (ObjectNode) node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidDefinitionException("config", file + " is not valid JSON (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ")");
        }
    }

    /**
     * A plain decimal number ({@code 0.01}, {@code 1e-3}): Java's own parsing also takes hex floats
     * ({@code 0x1p3} is 8), {@code NaN} and {@code Infinity}, which no one means as a scale.
     */
    static final class DecimalConverter implements picocli.CommandLine.ITypeConverter<Double> {
        private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

        @Override
        public Double convert(String value) {
            if (!DECIMAL.matcher(value.strip()).matches()) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a decimal number (such as 0.01)");
            }
            return Double.valueOf(value.strip());
        }
    }

    /** {@code --scale (scale_factor)}: the flag a user typed, and the config field. */
    static String describeField(String field) {
        String flag = FLAGS.get(field);
        return flag == null ? field : flag + " (" + field + ")";
    }

    static List<String> warnings(DemoCatalogJson.Parsed parsed) {
        List<String> w = new ArrayList<>();
        for (String f : parsed.ignoredFields()) w.add("config field '" + f + "' is not used by this version of clxs and was ignored");
        return w;
    }
}
