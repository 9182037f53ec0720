package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.model.RowBatch;
import clxs.sink.SinkException;
import clxs.sql.RowSchemaSql;
import clxs.sql.Dialect;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.files.DirectoryEntry;
import com.databricks.sdk.service.files.DownloadRequest;
import com.databricks.sdk.service.files.GetMetadataRequest;
import com.databricks.sdk.service.files.ListDirectoryContentsRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code volume} and {@code volume_bronze} destinations through the REAL databricks-sdk-java
 * (Files API) and databricks-jdbc, against the LOCAL warehouse of {@code harness/} (Spark + Delta
 * behind the Databricks REST API), not Databricks: volumes are folders there, and a streaming
 * table statement is recorded, not run (OSS Spark has no streaming tables).
 */
@UsesLocalWarehouse
class VolumeFilesSinkTest {

    static LocalWarehouse warehouse;
    static Workspace workspace;

    @BeforeAll
    static void start() throws Exception {
        warehouse = LocalWarehouse.shared();
        workspace = warehouse.workspace();
    }

    @Test
    void batchesLandAsFilesAtTheStatedPathsWithTheStatedContent() throws Exception {
        warehouse.clearStatements();
        warehouse.clearRequests();
        List<RowBatch> batches = List.of(StreamRows.batch(1, 0, 5), StreamRows.batch(2, 5, 7), StreamRows.batch(3, 12, 3));
        try (VolumeFilesSink sink = VolumeFilesSink.of(workspace, "vfs_files", "iot", "events", "meter", StreamRows.NDJSON)) {
            sink.open();
            assertEquals(List.of("catalog vfs_files", "schema vfs_files.iot", "volume vfs_files.iot.events"), sink.created());
            for (RowBatch b : batches) sink.write(b);
            sink.flush();
            assertEquals(15, sink.written());
            assertEquals(3, sink.files());
            assertTrue(sink.warnings().isEmpty(), sink.warnings().toString());
        }
        // each object looked up before it is created, in this order
        assertEquals(List.of("SHOW CATALOGS", "CREATE CATALOG IF NOT EXISTS `vfs_files`", "SHOW SCHEMAS IN `vfs_files`",
                "CREATE SCHEMA IF NOT EXISTS `vfs_files`.`iot`", "SHOW VOLUMES IN `vfs_files`.`iot`", "CREATE VOLUME IF NOT EXISTS `vfs_files`.`iot`.`events`"),
                sqlOf(warehouse.statements()));

        String dir = "/Volumes/vfs_files/iot/events/meter/";
        List<String> expected = List.of("batch-20260301T120005Z-000001.json", "batch-20260301T120010Z-000002.json", "batch-20260301T120015Z-000003.json");
        List<JsonNode> uploads = warehouse.requests("/api/2.0/fs/files/");
        assertEquals(expected.stream().map(n -> dir + n).map(p -> "PUT /api/2.0/fs/files" + p + "?overwrite=false").toList(),
                uploads.stream().map(r -> r.get("method").asText() + " " + r.get("path").asText() + "?" + r.get("query").asText()).toList());

        WorkspaceClient client = workspace.client();
        List<String> listed = new ArrayList<>();
        for (DirectoryEntry e : client.files().listDirectoryContents(new ListDirectoryContentsRequest().setDirectoryPath(dir))) {
            assertFalse(e.getIsDirectory());
            listed.add(e.getName());
        }
        assertEquals(expected, listed);
        for (int i = 0; i < batches.size(); i++) {
            byte[] want = StreamRows.NDJSON.encode(batches.get(i));
            try (InputStream in = client.files().download(new DownloadRequest().setFilePath(dir + expected.get(i))).getContents()) {
                assertArrayEquals(want, in.readAllBytes(), expected.get(i));
            }
            assertEquals(want.length, client.files().getMetadata(new GetMetadataRequest().setFilePath(dir + expected.get(i))).getContentLength());
        }
        assertEquals("15", StreamRows.queryOne(workspace, "SELECT count(*) FROM json.`" + dir + "`"), "Spark reads the landed files");
        assertEquals("7", StreamRows.queryOne(workspace, "SELECT count(DISTINCT meter_id) FROM json.`" + dir + "`"));
    }

    @Test
    void openingAgainCreatesNothingThatExists() throws Exception {
        try (VolumeFilesSink first = VolumeFilesSink.of(workspace, "vfs_again", "iot", "events", "meter", StreamRows.NDJSON)) {
            first.open();
        }
        warehouse.clearStatements();
        try (VolumeFilesSink second = VolumeFilesSink.of(workspace, "VFS_AGAIN", "iot", "events", "meter", StreamRows.NDJSON)) {
            second.open();
            assertEquals(List.of(), second.created());
        }
        assertEquals(List.of("SHOW CATALOGS", "SHOW SCHEMAS IN `VFS_AGAIN`", "SHOW VOLUMES IN `VFS_AGAIN`.`iot`"), sqlOf(warehouse.statements()));
    }

    @Test
    void aBatchIsNeverUploadedOverAnExistingFile() throws Exception {
        RowBatch batch = StreamRows.batch(1, 0, 4);
        try (VolumeFilesSink sink = VolumeFilesSink.of(workspace, "vfs_twice", "iot", "events", "meter", StreamRows.NDJSON)) {
            sink.open();
            sink.write(batch);
        }
        try (VolumeFilesSink again = VolumeFilesSink.of(workspace, "vfs_twice", "iot", "events", "meter", StreamRows.NDJSON)) {
            again.open();
            SinkException e = assertThrows(SinkException.class, () -> again.write(StreamRows.batch(1, 100, 2)));
            assertTrue(e.getMessage().contains("batch-20260301T120005Z-000001.json already exists"), e.getMessage());
            assertEquals(0, again.written());
        }
        try (InputStream in = workspace.client().files().download(new DownloadRequest().setFilePath("/Volumes/vfs_twice/iot/events/meter/batch-20260301T120005Z-000001.json")).getContents()) {
            assertArrayEquals(StreamRows.NDJSON.encode(batch), in.readAllBytes(), "the first run's file is intact");
        }
    }

    @Test
    void theBronzeStreamingTableIsCreatedOnlyAfterTheFirstFileLanded() throws Exception {
        warehouse.clearStatements();
        try (VolumeFilesSink sink = VolumeFilesSink.of(workspace, "vfs_bronze", "iot", "events", "meter", StreamRows.NDJSON).withBronzeTable()) {
            sink.open();
            assertTrue(sqlOf(warehouse.statements()).stream().noneMatch(s -> s.contains("STREAMING TABLE")), "no streaming table before a file landed");
            assertNull(sink.bronzeStatement());
            warehouse.clearRequests();
            sink.write(StreamRows.batch(1, 0, 3));
            sink.write(StreamRows.batch(2, 3, 3));
            assertTrue(sink.bronzeCreated());
            assertTrue(sink.warnings().isEmpty(), sink.warnings().toString());
        }
        String ddl = "CREATE OR REFRESH STREAMING TABLE `vfs_bronze`.`iot`.`bronze_meter`\n"
                + "SCHEDULE REFRESH CRON '0 0/5 * * * ? *' AT TIME ZONE 'UTC'\n"
                + "AS SELECT * FROM STREAM read_files(\n"
                + "  '/Volumes/vfs_bronze/iot/events/meter/',\n"
                + "  format => 'json',\n"
                + "  schema => '" + RowSchemaSql.columnList(Dialect.DATABRICKS, StreamRows.METER) + "'\n"
                + ")";
        List<JsonNode> streaming = warehouse.statements().stream().filter(s -> s.get("sql").asText().contains("STREAMING TABLE")).toList();
        assertEquals(1, streaming.size(), "issued once");
        assertEquals(ddl, streaming.get(0).get("sql").asText());
        assertEquals("recorded:streaming_table", streaming.get(0).get("outcome").asText());

        List<JsonNode> sent = warehouse.requests("/api/");
        int firstUpload = indexOf(sent, r -> r.get("method").asText().equals("PUT") && r.get("path").asText().endsWith("-000001.json"));
        int ddlSent = indexOf(sent, r -> r.get("path").asText().startsWith("/api/2.0/sql/statements") && r.get("body").asText().contains("STREAMING TABLE"));
        int secondUpload = indexOf(sent, r -> r.get("method").asText().equals("PUT") && r.get("path").asText().endsWith("-000002.json"));
        assertTrue(firstUpload >= 0 && ddlSent > firstUpload && secondUpload > ddlSent, "upload 1, then the DDL, then upload 2: " + firstUpload + " " + ddlSent + " " + secondUpload);
    }

    @Test
    void aFailedBronzeTableIsAWarningAndFilesKeepLanding() throws Exception {
        List<String> heard = new ArrayList<>();
        warehouse.fault("STREAMING TABLE `vfs_nobronze`", "UNSUPPORTED_FEATURE", "Streaming tables need a serverless or pro SQL warehouse.");
        try (VolumeFilesSink sink = VolumeFilesSink.of(workspace, "vfs_nobronze", "iot", "events", "meter", StreamRows.NDJSON).withBronzeTable().onWarning(heard::add)) {
            sink.open();
            warehouse.clearStatements();
            for (int i = 1; i <= 3; i++) sink.write(StreamRows.batch(i, i * 10, 4));
            assertEquals(12, sink.written());
            assertEquals(3, sink.files());
            assertFalse(sink.bronzeCreated());
            assertEquals(1, sink.warnings().size());
            assertEquals(sink.warnings(), heard);
            String w = heard.get(0);
            assertTrue(w.contains("vfs_nobronze.iot.bronze_meter was not created") && w.contains("Streaming tables need a serverless or pro SQL warehouse")
                    && w.contains("files keep landing") && w.contains(sink.bronzeStatement()), w);
            assertFalse(w.contains(LocalWarehouse.TOKEN));
        } finally {
            warehouse.clearFaults();
        }
        List<JsonNode> attempts = warehouse.statements().stream().filter(s -> s.get("sql").asText().contains("STREAMING TABLE")).toList();
        assertEquals(1, attempts.size(), "tried once, not on every batch");
        assertEquals("fault", attempts.get(0).get("outcome").asText());
        assertEquals("12", StreamRows.queryOne(workspace, "SELECT count(*) FROM json.`/Volumes/vfs_nobronze/iot/events/meter/`"));
    }

    @Test
    void aMissingVolumeCannotBeWrittenThroughTheFilesApi() {
        // the local warehouse refuses uploads outside a created volume, as Unity Catalog does: the sink's open() is what makes it
        Exception e = assertThrows(Exception.class, () -> workspace.client().files().upload(
                new com.databricks.sdk.service.files.UploadRequest().setFilePath("/Volumes/vfs_none/iot/events/x.json").setContents(new java.io.ByteArrayInputStream(new byte[] {1}))));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private static List<String> sqlOf(List<JsonNode> statements) {
        return statements.stream().map(s -> s.get("sql").asText()).toList();
    }

    private static int indexOf(List<JsonNode> requests, java.util.function.Predicate<JsonNode> p) {
        for (int i = 0; i < requests.size(); i++) if (p.test(requests.get(i))) return i;
        return -1;
    }
}
