package clxs;

import clxs.plan.RunSettings;
import clxs.settings.DataModel;
import clxs.settings.DqProfile;
import clxs.settings.InvalidDefinitionException;
import clxs.settings.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of a {@link DemoCatalog}, with the seed API's field names so a config exported
 * by one tool reads in the other:
 *
 * <pre>{@code
 * {"catalog_name": "demo", "industries": ["healthcare"], "scale_factor": 0.01, "seed": 42}
 * }</pre>
 *
 * Every value is checked with a message naming its field. Fields this version does not know are
 * reported back (they may belong to a newer or peer tool) rather than failing the read.
 */
public final class DemoCatalogJson {

    /** Every field this version reads, in the order it writes them. */
    public static final List<String> FIELDS = List.of("catalog_name", "custom_industries", "industries", "scale_factor", "batch_size", "max_workers",
            "start_date", "end_date", "owner", "storage_location", "drop_existing", "medallion", "create_functions", "create_volumes", "validate_referential_integrity", "data_model", "schema_only", "dq_profile",
            "uc_best_practices", "dest_catalog", "realistic_data", "locale", "inject_anomalies", "anomaly_rate", "seed");

    /** A definition read from JSON, and the fields that were present but not understood. */
    public record Parsed(DemoCatalog definition, List<String> ignoredFields) {}

    private DemoCatalogJson() {}

    public static String write(DemoCatalog d) {
        try {
            return Json.MAPPER.writeValueAsString(toTree(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toTree(DemoCatalog definition) {
        RunSettings d = definition.settings();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("catalog_name", d.catalog());
        ArrayNode files = o.putArray("custom_industries");
        definition.customIndustryFiles().forEach(f -> files.add(f.toString()));
        ArrayNode industries = o.putArray("industries");
        definition.industryNames().forEach(industries::add);
        o.put("scale_factor", d.scale());
        o.put("batch_size", d.batchSize());
        o.put("max_workers", d.maxWorkers());
        o.put("start_date", d.startDate().toString());
        o.put("end_date", d.endDate().toString());
        if (d.owner() != null) o.put("owner", d.owner());
        if (d.storageLocation() != null) o.put("storage_location", d.storageLocation());
        o.put("drop_existing", d.dropExisting());
        o.put("medallion", d.medallion());
        o.put("create_functions", d.createFunctions());
        o.put("create_volumes", d.createVolumes());
        o.put("validate_referential_integrity", d.validateReferentialIntegrity());
        o.put("data_model", d.dataModel().jsonName());
        o.put("schema_only", d.schemaOnly());
        o.put("dq_profile", d.dqProfile().jsonName());
        o.put("uc_best_practices", d.ucBestPractices());
        if (d.destCatalog() != null) o.put("dest_catalog", d.destCatalog());
        o.put("realistic_data", d.realisticData()).put("locale", d.locale()).put("inject_anomalies", d.injectAnomalies()).put("anomaly_rate", d.anomalyRate());
        if (definition.seed() != null) o.put("seed", definition.seed());
        return o;
    }

    public static DemoCatalog read(String json) {
        return parse(json).definition();
    }

    /** Reads a JSON text; a malformed text is an {@link InvalidDefinitionException} on field {@code config}. */
    public static Parsed parse(String json) {
        JsonNode root;
        try {
            // one JSON value and nothing after it: trailing text is a broken file, not a comment
            root = Json.MAPPER.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDefinitionException("config", "not valid JSON (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ")");
        }
        if (root == null || !root.isObject()) throw new InvalidDefinitionException("config", "must be a JSON object");
        return fromTree((ObjectNode) root);
    }

    /**
     * Fields that have a default: an explicit {@code null} is refused rather than read as the
     * default, which for scale and industries means billions of rows.
     */
    private static final List<String> NOT_NULL = List.of("industries", "scale_factor", "batch_size", "max_workers", "start_date", "end_date",
            "drop_existing", "medallion", "create_functions", "create_volumes", "validate_referential_integrity", "data_model", "schema_only",
            "dq_profile", "uc_best_practices");

    public static Parsed fromTree(ObjectNode o) {
        for (String field : NOT_NULL) {
            if (o.has(field) && o.get(field).isNull()) {
                throw new InvalidDefinitionException(field, "is null; give a value, or leave the field out to use the default");
            }
        }
        DemoCatalog d = DemoCatalog.named(text(o, "catalog_name"));
        if (o.hasNonNull("custom_industries")) d = d.customIndustries(strings(o, "custom_industries").stream().map(java.nio.file.Path::of).toList());
        if (o.hasNonNull("industries")) d = d.industries(strings(o, "industries").toArray(String[]::new));
        if (o.hasNonNull("scale_factor")) d = d.scale(number(o, "scale_factor"));
        if (o.hasNonNull("batch_size")) d = d.batchSize(integer(o, "batch_size"));
        if (o.hasNonNull("max_workers")) d = d.maxWorkers(smallInteger(o, "max_workers"));
        if (o.hasNonNull("start_date") || o.hasNonNull("end_date")) {
            d = d.dates(o.hasNonNull("start_date") ? DemoCatalog.parseDate("start_date", text(o, "start_date")) : d.settings().startDate(),
                    o.hasNonNull("end_date") ? DemoCatalog.parseDate("end_date", text(o, "end_date")) : d.settings().endDate());
        }
        if (o.hasNonNull("owner")) d = d.owner(text(o, "owner"));
        if (o.hasNonNull("storage_location")) d = d.storageLocation(text(o, "storage_location"));
        if (o.hasNonNull("drop_existing")) d = d.dropExisting(bool(o, "drop_existing"));
        if (o.hasNonNull("medallion")) d = d.medallion(bool(o, "medallion"));
        if (o.hasNonNull("create_functions")) d = d.createFunctions(bool(o, "create_functions"));
        if (o.hasNonNull("create_volumes")) d = d.createVolumes(bool(o, "create_volumes"));
        if (o.hasNonNull("validate_referential_integrity")) d = d.validateReferentialIntegrity(bool(o, "validate_referential_integrity"));
        if (o.hasNonNull("data_model")) d = d.dataModel(DataModel.of(text(o, "data_model")));
        if (o.hasNonNull("schema_only")) d = d.schemaOnly(bool(o, "schema_only"));
        if (o.hasNonNull("dq_profile")) d = d.dqProfile(DqProfile.of(text(o, "dq_profile")));
        if (o.hasNonNull("uc_best_practices")) d = d.ucBestPractices(bool(o, "uc_best_practices"));
        if (o.hasNonNull("dest_catalog")) d = d.destCatalog(text(o, "dest_catalog"));
        if (o.hasNonNull("realistic_data")) d = d.realisticData(bool(o, "realistic_data"));
        if (o.hasNonNull("locale")) d = d.locale(text(o, "locale"));
        if (o.hasNonNull("inject_anomalies")) d = d.injectAnomalies(bool(o, "inject_anomalies"));
        if (o.hasNonNull("anomaly_rate")) d = d.anomalyRate(number(o, "anomaly_rate"));
        if (o.hasNonNull("seed")) d = d.seed(integer(o, "seed"));
        List<String> ignored = new ArrayList<>();
        Set<String> known = Set.copyOf(FIELDS);
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) ignored.add(f);
        }
        return new Parsed(d, ignored);
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new InvalidDefinitionException(field, "must be a string, got " + n);
        return n.asText();
    }

    private static double number(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (!n.isNumber()) throw new InvalidDefinitionException(field, "must be a number, got " + n);
        return n.asDouble();
    }

    private static long integer(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw new InvalidDefinitionException(field, "must be a whole number, got " + n);
        return n.asLong();
    }

    /** A whole number that fits an int; larger ones are refused, not wrapped (4294967297 is not 1). */
    private static int smallInteger(ObjectNode o, String field) {
        long v = integer(o, field);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new InvalidDefinitionException(field, "is out of range, got " + v);
        return (int) v;
    }

    private static boolean bool(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (!n.isBoolean()) throw new InvalidDefinitionException(field, "must be true or false, got " + n);
        return n.asBoolean();
    }

    private static List<String> strings(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        List<String> out = new ArrayList<>();
        if (n.isTextual()) {
            out.add(n.asText());
            return out;
        }
        if (!n.isArray()) throw new InvalidDefinitionException(field, "must be a list of names, got " + n);
        for (JsonNode item : n) {
            if (!item.isTextual()) throw new InvalidDefinitionException(field, "must be a list of names, got " + n);
            out.add(item.asText());
        }
        return out;
    }
}
