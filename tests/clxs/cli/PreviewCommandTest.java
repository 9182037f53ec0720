package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.settings.Json;
import clxs.DemoCatalog;
import clxs.DemoCatalogJson;
import clxs.estimate.Estimator;
import clxs.estimate.Preview;
import clxs.industries.Industries;
import clxs.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code clxs preview} and {@code DemoCatalog.preview()}: estimates that follow the documented model, and run nothing. */
class PreviewCommandTest {

    @Test
    void rowsAreThePlansRowsPlusTheLayersCopies() {
        DemoCatalog flat = DemoCatalog.named("p").industries(Industries.HEALTHCARE).scale(0.01).medallion(false).ucBestPractices(false);
        Preview p = flat.preview();
        assertEquals(flat.rows(), p.totalRows(), "without layers the rows are the generated rows");
        assertEquals(0, p.estimatedCostUsd());
        long facts = Industries.HEALTHCARE.tables().stream().filter(t -> t.role() == clxs.model.Table.Role.FACT).mapToLong(t -> t.rowsAt(0.01)).sum();
        assertEquals(flat.rows() + facts / 10, flat.medallion(true).preview().totalRows(), 5, "bronze adds a tenth of the facts");
        assertTrue(flat.starSchema().preview().totalRows() > flat.rows() + 1_000_000, "the star schema copies claims and more");
        assertEquals(0, flat.schemaOnly().preview().totalRows());
    }

    @Test
    void aWarehouseCostsDbusByTheHour() {
        DemoCatalog all = DemoCatalog.named("p").scale(1.0);
        Preview small = all.preview(Estimator.warehouse("Small", 0.70));
        Preview medium = all.preview(Estimator.warehouse("medium", 0.70));
        assertTrue(small.estimatedCostUsd() > 0 && small.estimatedSeconds() > medium.estimatedSeconds());
        // Medium is twice as fast at twice the DBUs per hour: the same cost
        assertEquals(small.estimatedCostUsd(), medium.estimatedCostUsd(), 0.02);
        assertEquals(small.estimatedSeconds() / 3600 * 12 * 0.70, small.estimatedCostUsd(), 0.02);
        assertEquals(10, small.industries().size());
    }

    @Test
    void theCommandPrintsTheTableOrJsonAndRejectsBadSizes() throws Exception {
        CliRun text = CliRun.of("preview", "--catalog", "demo", "--industry", "healthcare", "retail", "--scale", "0.1");
        assertEquals(0, text.exitCode(), text.toString());
        assertTrue(text.out().contains("healthcare") && text.out().contains("nothing was run") && text.out().contains("Model: local DuckDB"), text.out());
        CliRun json = CliRun.of("preview", "--catalog", "demo", "--scale", "1", "--target", "databricks", "--warehouse-size", "Large", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        JsonNode j = Json.MAPPER.readTree(json.out());
        assertEquals("databricks", j.get("target").asText());
        assertEquals(10, j.get("industries").size());
        assertTrue(j.get("estimated_cost_usd").asDouble() > 0 && j.get("total_bytes").asLong() > 10L << 30);
        CliRun bad = CliRun.of("preview", "--catalog", "demo", "--target", "databricks", "--warehouse-size", "Huge");
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("--warehouse-size") && bad.err().contains("2X-Small"), bad.err());
    }
}
