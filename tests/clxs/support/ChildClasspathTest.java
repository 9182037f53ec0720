package clxs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVMs' class path: DuckDB's jar without its native libraries, the platform's beside it, and a database opens. */
class ChildClasspathTest {

    @TempDir
    Path tmp;

    @Test
    void aChildJvmOpensDuckDbFromTheLibraryBesideTheSlimJarAndUnpacksNothing() throws Exception {
        List<String> entries = Arrays.asList(ChildClasspath.get().split(File.pathSeparator));
        List<String> duckdb = entries.stream().filter(e -> Paths.get(e).getFileName().toString().startsWith("duckdb_jdbc-")).toList();
        assertEquals(1, duckdb.size(), entries.toString());
        assertNotEquals(System.getProperty("java.class.path"), ChildClasspath.get(), "the duckdb jar was swapped on this platform");
        Path slim = Paths.get(duckdb.get(0));
        try (ZipFile zip = new ZipFile(slim.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("libduckdb_java.so_")), "no native library in " + slim);
            assertTrue(zip.getEntry("org/duckdb/DuckDBNative.class") != null, "the driver's classes are there");
        }
        try (var beside = Files.list(slim.getParent())) {
            assertEquals(1, beside.filter(f -> f.getFileName().toString().startsWith("libduckdb_java.so_")).count(), "one library, this platform's");
        }

        Path source = tmp.resolve("OpenDuckDb.java");
        Files.writeString(source, "public class OpenDuckDb { public static void main(String[] a) throws Exception {"
                + " try (var c = java.sql.DriverManager.getConnection(\"jdbc:duckdb:\"); var rs = c.createStatement().executeQuery(\"SELECT 40 + 2\")) {"
                + " rs.next(); System.out.println(rs.getInt(1)); }"
                // counted while the JVM runs: the driver deletes what it unpacked when the JVM exits
                + " try (var f = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty(\"java.io.tmpdir\")))) {"
                + " System.out.println(f.filter(x -> x.getFileName().toString().startsWith(\"libduckdb_java\")).count()); } } }");
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + childTmp,
                "-cp", ChildClasspath.get(), source.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child JVM finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertEquals(List.of("42", "0"), out.strip().lines().toList(), "the answer, and no library unpacked into the child's temp directory");
    }
}
