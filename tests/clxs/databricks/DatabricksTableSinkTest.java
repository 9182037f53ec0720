package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import clxs.plan.ObjectName;
import clxs.model.RowBatch;
import clxs.sink.SinkException;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code direct_table} destination through the REAL databricks-jdbc driver against the LOCAL
 * warehouse of {@code harness/} (Spark 4 + Delta 4 behind the SQL Statement Execution API), not
 * Databricks. A small statement limit makes every batch split, so the byte cap is exercised.
 */
@UsesLocalWarehouse
class DatabricksTableSinkTest {

    static final long CAP = 4096;
    static LocalWarehouse warehouse;
    static Workspace workspace;

    @BeforeAll
    static void start() throws Exception {
        warehouse = LocalWarehouse.shared();
        workspace = warehouse.workspace();
    }

    private static DatabricksTableSink sink(ObjectName table, RowSchema schema, long cap) {
        return new DatabricksTableSink(workspace::connect, workspace::redact, workspace.toString(), table, schema, cap);
    }

    @Test
    void rowsCountedOnSparkEqualRowsWrittenAndNoStatementExceedsTheCap() throws Exception {
        ObjectName table = ObjectName.of("dts_rows", "iot", "bronze_meter");
        warehouse.clearStatements();
        long sent = 0;
        try (DatabricksTableSink sink = sink(table, StreamRows.METER, CAP)) {
            sink.open();
            for (int b = 1; b <= 3; b++) {
                RowBatch batch = StreamRows.batch(b, (b - 1) * 60, 60);
                sink.write(batch);
                sent += batch.size();
            }
            sink.flush();
            assertEquals(sent, sink.written());
            assertTrue(sink.statements() >= 6, "each batch of ~6 KB took two statements or more: " + sink.statements());
            assertTrue(sink.largestStatementBytes() <= CAP);
        }
        assertEquals(180, sent);
        assertEquals(Long.toString(sent), StreamRows.queryOne(workspace, "SELECT count(*) FROM `dts_rows`.`iot`.`bronze_meter`"), "rows on Spark");
        assertEquals("180", StreamRows.queryOne(workspace, "SELECT count(DISTINCT reading_no) FROM `dts_rows`.`iot`.`bronze_meter`"), "each row once");

        List<JsonNode> statements = warehouse.statements();
        assertEquals(List.of("SHOW CATALOGS", "CREATE CATALOG IF NOT EXISTS `dts_rows`", "SHOW SCHEMAS IN `dts_rows`", "CREATE SCHEMA IF NOT EXISTS `dts_rows`.`iot`"),
                statements.subList(0, 4).stream().map(s -> s.get("sql").asText()).toList());
        assertTrue(statements.get(4).get("sql").asText().startsWith("CREATE TABLE IF NOT EXISTS `dts_rows`.`iot`.`bronze_meter`"));
        List<JsonNode> inserts = statements.stream().filter(s -> s.get("sql").asText().startsWith("INSERT INTO `dts_rows`")).toList();
        assertTrue(inserts.size() >= 6, "split: " + inserts.size());
        for (JsonNode s : inserts) {
            assertEquals("executed", s.get("outcome").asText());
            long bytes = s.get("sql").asText().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= CAP, bytes + " bytes");
        }
        // values survive the trip: quotes, backslashes, non-ASCII, NULL, timestamps and doubles
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT meter_id, kwh, captured_at, note FROM `dts_rows`.`iot`.`bronze_meter` WHERE reading_no IN (4, 6) ORDER BY reading_no")) {
            Object[] four = StreamRows.batch(1, 4, 1).rows().get(0);
            assertTrue(rs.next());
            assertEquals(four[0], rs.getString(1));
            assertEquals((Double) four[1], rs.getDouble(2));
            assertEquals("2026-03-01 12:00:04", rs.getString(3).substring(0, 19));
            assertEquals(four[4], rs.getString(4));
            assertTrue(rs.next());
            assertEquals(null, rs.getString(4), "reading 6 has no note");
        }
    }

    @Test
    void aRowLargerThanTheCapIsRefusedAndNothingIsSent() throws Exception {
        RowSchema wide = RowSchema.of("wide", RowSchema.field("id", SqlType.BIGINT, ""), RowSchema.field("text", SqlType.STRING, ""));
        warehouse.clearStatements();
        try (DatabricksTableSink sink = sink(ObjectName.of("dts_wide", "iot", "wide"), wide, 1024)) {
            sink.open();
            RowBatch batch = new RowBatch(wide, List.of(new Object[] {1L, "x".repeat(100)}, new Object[] {2L, "y".repeat(2000)}), 1, StreamRows.T0);
            SinkException e = assertThrows(SinkException.class, () -> sink.write(batch));
            assertTrue(e.getMessage().contains("over the limit of 1024"), e.getMessage());
            assertEquals(0, sink.written());
        }
        assertTrue(warehouse.statements().stream().noneMatch(s -> s.get("sql").asText().startsWith("INSERT")), "no partial batch was sent");
    }

    @Test
    void aFailedInsertSaysHowManyRowsOfTheBatchLanded() throws Exception {
        ObjectName table = ObjectName.of("dts_fail", "iot", "bronze_meter");
        try (DatabricksTableSink sink = sink(table, StreamRows.METER, CAP)) {
            sink.open();
            RowBatch batch = StreamRows.batch(1, 0, 60);
            // reading 49 is in the batch's second statement: the first holds under 40 rows of ~110 bytes at this cap
            warehouse.fault("E0, 49, TIMESTAMP", "DELTA_CONCURRENT_APPEND", "injected: a concurrent append");
            SinkException e = assertThrows(SinkException.class, () -> sink.write(batch));
            assertTrue(e.getMessage().contains("injected: a concurrent append"), e.getMessage());
            long landed = sink.written();
            assertTrue(landed > 0 && landed < 60, "some statements committed before the failure: " + landed);
            assertTrue(e.getMessage().contains("failed after " + landed + " of 60 rows"), e.getMessage());
            assertEquals(Long.toString(landed), StreamRows.queryOne(workspace, "SELECT count(*) FROM `dts_fail`.`iot`.`bronze_meter`"));
        } finally {
            warehouse.clearFaults();
        }
    }
}
