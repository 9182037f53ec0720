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

    /**
     * Small runs are fixed costs (issue 18, item 8: preview said 3 s for a healthcare run that took
     * 11 to 27 s): starting up and one cost per statement that is not an insert, whatever the rows.
     */
    @Test
    void smallRunsAreDominatedByFixedCosts() {
        DemoCatalog hc = DemoCatalog.named("p").industries(Industries.HEALTHCARE);
        Preview tiny = hc.scale(0.0001).preview();
        Preview small = hc.scale(0.01).preview();
        long statements = hc.scale(0.0001).plan().steps().stream().filter(st -> !(st instanceof clxs.plan.Step.InsertRows)).count();
        assertTrue(statements > 250, "statements: " + statements);
        // 2 s to start and 10 ms per statement; the 21,750 rows are a rounding error
        assertEquals(2.0 + statements * 0.01, tiny.estimatedSeconds(), 0.2, tiny.toString());
        assertTrue(tiny.fixedSeconds() >= 2.0 && tiny.estimatedSeconds() > 4, tiny.toString());
        // the fixed part is the same at any scale: the difference is the rows, at 1M rows/s per core, times 2.3 for the layers
        double rowSeconds = (small.totalRows() - tiny.totalRows()) / (1_000_000.0 * Runtime.getRuntime().availableProcessors()) * 2.3;
        assertEquals(rowSeconds, small.estimatedSeconds() - tiny.estimatedSeconds(), 0.3);
        assertEquals(tiny.fixedSeconds(), small.fixedSeconds());
        assertTrue(tiny.toString().contains("plus 2 s to start and 10 ms per statement"), tiny.toString());
    }

    @Test
    void aWarehouseCostsDbusByTheHour() {
        DemoCatalog all = DemoCatalog.named("p").scale(1.0);
        Preview small = all.preview(Estimator.warehouse("Small", 0.70));
        Preview medium = all.preview(Estimator.warehouse("medium", 0.70));
        assertTrue(small.estimatedCostUsd() > 0 && small.estimatedSeconds() > medium.estimatedSeconds());
        // Medium writes rows twice as fast at twice the DBUs per hour, but statements take as long: a little more in all
        assertTrue(medium.estimatedSeconds() > small.estimatedSeconds() / 2 && medium.estimatedCostUsd() >= small.estimatedCostUsd(),
                small + "\n" + medium);
        assertEquals(small.estimatedSeconds() / 3600 * 12 * 0.70, small.estimatedCostUsd(), 0.02);
        assertEquals(medium.estimatedSeconds() / 3600 * 24 * 0.70, medium.estimatedCostUsd(), 0.02);
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
