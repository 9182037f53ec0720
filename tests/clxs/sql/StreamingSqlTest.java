package clxs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import clxs.plan.ObjectName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingSqlTest {

    static final RowSchema TEXT = RowSchema.of("text", RowSchema.field("id", SqlType.BIGINT, ""), RowSchema.field("body", SqlType.STRING, ""));
    static final ObjectName TABLE = ObjectName.of("demo", "iot", "bronze_text");

    @Test
    void theBronzeTableRefreshesOnACronNotOnAnInvalidEveryMinutes() {
        String ddl = StreamingSql.bronzeStreamingTable(TABLE, "/Volumes/demo/iot/events/text/", TEXT, 5);
        assertEquals("CREATE OR REFRESH STREAMING TABLE `demo`.`iot`.`bronze_text`\n"
                + "SCHEDULE REFRESH CRON '0 0/5 * * * ? *' AT TIME ZONE 'UTC'\n"
                + "AS SELECT * FROM STREAM read_files(\n"
                + "  '/Volumes/demo/iot/events/text/',\n"
                + "  format => 'json',\n"
                + "  schema => 'id BIGINT, body STRING'\n"
                + ")", ddl);
        assertFalse(ddl.contains("EVERY"));
        assertEquals("0 0 * * * ? *", StreamingSql.refreshCron(60));
        assertThrows(IllegalArgumentException.class, () -> StreamingSql.refreshCron(0));
        assertThrows(IllegalArgumentException.class, () -> StreamingSql.refreshCron(61));
    }

    @Test
    void insertsAreSplitByBytesOfUtf8NotByRows() {
        List<Object[]> rows = new ArrayList<>();
        for (long i = 0; i < 500; i++) rows.add(new Object[] {i, i % 2 == 0 ? "plain " + i : "\u00e9\u00e8\u2713\ud83d\ude00 it's " + i});
        long cap = 2000;
        List<StreamingSql.Insert> inserts = StreamingSql.inserts(Dialect.DATABRICKS, TABLE, TEXT, rows, cap);
        assertTrue(inserts.size() > 5, "split into " + inserts.size());
        int total = 0;
        for (int i = 0; i < inserts.size(); i++) {
            StreamingSql.Insert in = inserts.get(i);
            long bytes = in.sql().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= cap, bytes + " > " + cap);
            if (i < inserts.size() - 1) assertTrue(bytes > cap - 60, "statements are filled before a new one starts: " + bytes);
            assertTrue(in.sql().startsWith("INSERT INTO `demo`.`iot`.`bronze_text` (`id`, `body`) VALUES\n"));
            assertEquals(in.rows(), in.sql().split("\n").length - 1, "one row per line");
            total += in.rows();
        }
        assertEquals(rows.size(), total);
        assertTrue(inserts.get(inserts.size() - 1).sql().endsWith("(499, '\u00e9\u00e8\u2713\ud83d\ude00 it\\'s 499')"), "order kept, escaped");
    }

    @Test
    void aBatchOverSixteenMebibytesBecomesSeveralStatementsUnderTheLimit() {
        List<Object[]> rows = new ArrayList<>();
        String payload = "x".repeat(1000);
        for (long i = 0; i < 20_000; i++) rows.add(new Object[] {i, payload});
        List<StreamingSql.Insert> inserts = StreamingSql.inserts(Dialect.DATABRICKS, TABLE, TEXT, rows, StreamingSql.MAX_STATEMENT_BYTES);
        assertEquals(2, inserts.size());
        for (StreamingSql.Insert in : inserts) assertTrue(in.sql().getBytes(StandardCharsets.UTF_8).length <= 16L * 1024 * 1024);
        assertEquals(20_000, inserts.get(0).rows() + inserts.get(1).rows());
    }

    @Test
    void aRowThatCannotFitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StreamingSql.inserts(Dialect.DATABRICKS, TABLE, TEXT, List.<Object[]>of(new Object[] {1L, "x".repeat(3000)}), 2000));
        assertTrue(e.getMessage().contains("over the limit of 2000"), e.getMessage());
    }

    @Test
    void existenceChecksAndCreatesQuoteEveryName() {
        assertEquals("SHOW SCHEMAS IN `demo`", StreamingSql.showSchemas("demo"));
        assertEquals("SHOW VOLUMES IN `demo`.`iot`", StreamingSql.showVolumes("demo", "iot"));
        assertEquals("CREATE VOLUME IF NOT EXISTS `demo`.`iot`.`events`", StreamingSql.createVolume("demo", "iot", "events"));
    }
}
