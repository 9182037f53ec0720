package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.settings.Json;
import clxs.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The new flags end to end through the command line, and a {@code --json} summary a script written
 * for the Clone-Xs generator reads: its result field names next to clxs's own.
 */
class CloneXsResultTest {

    @TempDir
    Path tmp;

    @Test
    void demoJsonCarriesTheCloneXsResultFieldsLabelsAndMeasuredQuality() throws Exception {
        CliRun r = CliRun.of("demo", "--catalog", "cx", "--industry", "financial", "--scale", "0.0005", "--seed", "3", "--local-dir", tmp.toString(),
                "--json", "--no-medallion", "--realistic-data", "--locale", "fr_FR", "--inject-anomalies", "--anomaly-rate", "0.1", "--no-functions");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertEquals("cx", json.get("catalog").asText());
        assertEquals(json.get("catalog_name").asText(), json.get("catalog").asText());
        assertEquals(json.get("schemas").size(), json.get("schemas_created").asInt());
        assertEquals(json.get("tables").size(), json.get("tables_created").asInt());
        assertEquals(json.get("views").size(), json.get("views_created").asInt());
        assertEquals(json.get("udfs").size(), json.get("udfs_created").asInt());
        assertTrue(json.get("udfs").size() <= 4, "--no-functions leaves only the access-policy functions: " + json.get("udfs"));
        assertEquals(json.get("duration_seconds").asDouble(), json.get("elapsed_seconds").asDouble());
        assertTrue(json.get("total_rows").asLong() > 10_000);
        assertEquals(0, json.get("errors").size(), json.get("errors").toString());

        JsonNode anomalies = json.get("anomalies");
        assertEquals(1, anomalies.size(), anomalies.toString());
        JsonNode fraud = anomalies.get(0);
        assertEquals(Set.of("industry", "table", "column", "sql_type", "anomaly_rate", "positive_rate", "rows"), fieldNames(fraud));
        assertEquals("financial", fraud.get("industry").asText());
        assertEquals("transactions", fraud.get("table").asText());
        assertEquals("is_fraud", fraud.get("column").asText());
        assertEquals("BOOLEAN", fraud.get("sql_type").asText());
        assertEquals(0.1, fraud.get("anomaly_rate").asDouble());
        assertEquals(0.1, fraud.get("positive_rate").asDouble(), 0.015, fraud.toString());

        JsonNode quality = json.get("data_quality");
        assertEquals("realistic", quality.get("dq_profile").asText());
        assertEquals(0.05, quality.get("measured_null_rate").asDouble(), 0.01, quality.toString());
        assertTrue(quality.get("measured_duplicate_rows").asLong() > 0);

        JsonNode details = json.get("referential_integrity").get("details");
        assertTrue(details.size() > 5);
        for (JsonNode d : details) assertTrue(d.get("parent_has_row_filter").isBoolean(), d.toString());
        assertTrue(r.err().isEmpty() || !r.err().contains("Exception"), r.err());
    }

    @Test
    void theNewSettingsRoundTripThroughTheJsonConfig() {
        DemoCatalog d = DemoCatalog.named("rt").realistic(java.util.Locale.JAPAN).injectAnomalies(0.07).createFunctions(false)
                .batchSize(1_000).maxWorkers(16);
        String json = d.toJson();
        for (String f : Set.of("\"realistic_data\" : true", "\"locale\" : \"ja_JP\"", "\"inject_anomalies\" : true", "\"anomaly_rate\" : 0.07")) {
            assertTrue(json.contains(f), f + " missing from " + json);
        }
        assertEquals(d, DemoCatalog.fromJson(json));
        assertEquals(d.settings(), DemoCatalog.named("rt").locale("ja_JP").realisticData(true).anomalyRate(0.07).injectAnomalies(true)
                .createFunctions(false).batchSize(1_000).maxWorkers(16).settings());
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new java.util.HashSet<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
