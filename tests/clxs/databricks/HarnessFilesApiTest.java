package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.error.platform.AlreadyExists;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.service.files.CreateDirectoryRequest;
import com.databricks.sdk.service.files.DeleteDirectoryRequest;
import com.databricks.sdk.service.files.DeleteFileRequest;
import com.databricks.sdk.service.files.DirectoryEntry;
import com.databricks.sdk.service.files.DownloadRequest;
import com.databricks.sdk.service.files.GetDirectoryMetadataRequest;
import com.databricks.sdk.service.files.GetMetadataRequest;
import com.databricks.sdk.service.files.ListDirectoryContentsRequest;
import com.databricks.sdk.service.files.UploadRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Files API of the LOCAL warehouse ({@code harness/}, not Databricks), driven by the real
 * databricks-sdk-java: what the volume sink relies on, and the rest of the file operations the
 * SDK offers, behaving as the Databricks docs describe (overwrite off by default, 404 outside a
 * volume, listings paged).
 */
@UsesLocalWarehouse
class HarnessFilesApiTest {

    static WorkspaceClient files;
    static final String DIR = "/Volumes/hfa/raw/landing/";

    @BeforeAll
    static void volume() throws Exception {
        Workspace ws = LocalWarehouse.shared().workspace();
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE CATALOG IF NOT EXISTS `hfa`");
            s.execute("CREATE SCHEMA IF NOT EXISTS `hfa`.`raw`");
            s.execute("CREATE VOLUME IF NOT EXISTS `hfa`.`raw`.`landing`");
        }
        files = ws.client();
    }

    private static void upload(String path, String text, Boolean overwrite) {
        files.files().upload(new UploadRequest().setFilePath(path).setOverwrite(overwrite).setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static String download(String path) throws Exception {
        try (InputStream in = files.files().download(new DownloadRequest().setFilePath(path)).getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void uploadOverwritesOnlyWhenAskedAndDeleteRemoves() throws Exception {
        String path = DIR + "a/b/one.txt";
        upload(path, "first", null);
        assertEquals("first", download(path), "parent folders are created by the upload");
        assertThrows(AlreadyExists.class, () -> upload(path, "second", null), "overwrite defaults to false");
        assertThrows(AlreadyExists.class, () -> upload(path, "second", false));
        upload(path, "second!", true);
        assertEquals("second!", download(path));
        assertEquals(7L, files.files().getMetadata(new GetMetadataRequest().setFilePath(path)).getContentLength());
        files.files().delete(new DeleteFileRequest().setFilePath(path));
        assertThrows(NotFound.class, () -> download(path));
        assertThrows(NotFound.class, () -> files.files().getMetadata(new GetMetadataRequest().setFilePath(path)));
    }

    @Test
    void directoriesAreCreatedCheckedListedPageByPageAndDeletedWhenEmpty() throws Exception {
        String dir = DIR + "paged";
        files.files().createDirectory(new CreateDirectoryRequest().setDirectoryPath(dir));
        files.files().getDirectoryMetadata(new GetDirectoryMetadataRequest().setDirectoryPath(dir));
        for (int i = 0; i < 5; i++) upload(dir + "/f" + i + ".json", "{\"i\":" + i + "}\n", false);
        files.files().createDirectory(new CreateDirectoryRequest().setDirectoryPath(dir + "/sub"));
        List<String> names = new ArrayList<>();
        for (DirectoryEntry e : files.files().listDirectoryContents(new ListDirectoryContentsRequest().setDirectoryPath(dir).setPageSize(2L))) {
            names.add(e.getName() + (e.getIsDirectory() ? "/" : ":" + e.getFileSize()));
        }
        assertEquals(List.of("f0.json:8", "f1.json:8", "f2.json:8", "f3.json:8", "f4.json:8", "sub/"), names, "three pages of two");
        assertArrayEquals("{\"i\":3}\n".getBytes(StandardCharsets.UTF_8), download(dir + "/f3.json").getBytes(StandardCharsets.UTF_8));
        assertThrows(Exception.class, () -> files.files().deleteDirectory(new DeleteDirectoryRequest().setDirectoryPath(dir)), "not empty");
        files.files().deleteDirectory(new DeleteDirectoryRequest().setDirectoryPath(dir + "/sub"));
        assertThrows(NotFound.class, () -> files.files().getDirectoryMetadata(new GetDirectoryMetadataRequest().setDirectoryPath(dir + "/sub")));
    }

    @Test
    void pathsOutsideAVolumeAreNotFound() {
        NotFound e = assertThrows(NotFound.class, () -> upload("/Volumes/hfa/raw/nope/x.txt", "x", true));
        assertTrue(e.getMessage().contains("hfa.raw.nope"), e.getMessage());
        assertThrows(NotFound.class, () -> files.files().listDirectoryContents(new ListDirectoryContentsRequest().setDirectoryPath(DIR + "missing")).iterator().hasNext());
    }
}
