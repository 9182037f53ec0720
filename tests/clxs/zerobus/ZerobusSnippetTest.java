package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.LocalZerobusServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated JBang script compiles with javac against the SDK jar (no network: JBang is not
 * run, its //DEPS line is checked against the library's) and, run as its own JVM, streams to the
 * local Zerobus with credentials from the environment, reopening the stream the server closes.
 */
class ZerobusSnippetTest {

    static final String TABLE = "main.iot.smart_meter";

    @TempDir
    Path dir;

    @Test
    void theScriptHasOneDepsLineWithTheLibrarysVersionsAndNoSecret() throws Exception {
        ZerobusSnippet s = ZerobusSnippet.of(MeterRows.METER, TABLE, "https://42.zerobus.eastus2.azuredatabricks.net", "https://adb-42.1.azuredatabricks.net");
        assertEquals("ZerobusSmartMeter.java", s.fileName());
        List<String> deps = s.source().lines().filter(l -> l.startsWith("//DEPS")).toList();
        assertEquals(1, deps.size(), deps.toString());
        Set<String> libraryDeps = Files.readAllLines(Paths.get("dsl", "clxs", "Clxs.java")).stream().filter(l -> l.startsWith("//DEPS "))
                .map(l -> l.substring(7).trim()).collect(Collectors.toCollection(TreeSet::new));
        for (String dep : deps.get(0).substring(7).trim().split("\\s+")) assertTrue(libraryDeps.contains(dep), dep + " is not a library dependency " + libraryDeps);
        assertTrue(s.source().contains("System.getenv(name)") && s.source().contains("required(\"DATABRICKS_CLIENT_SECRET\")"), "the secret comes from the environment");
        assertFalse(s.source().toLowerCase().contains("dose-"), "no secret-looking literal");
        assertTrue(s.source().contains("static final String TABLE = \"main.iot.smart_meter\";"));
    }

    @Test
    void theScriptCompilesAndStreamsToTheLocalZerobusThroughAClose() throws Exception {
        ZerobusSnippet s;
        Path classes = dir.resolve("classes");
        try (LocalZerobusServer server = LocalZerobusServer.start().table(TABLE, MeterRows.METER)) {
            s = ZerobusSnippet.of(MeterRows.METER, TABLE, server.endpoint(), server.workspaceUrl(),
                    Map.of("meter_id", "String.format(\"meter-%06d\", eventId % 25)"));
            Path source = dir.resolve(s.fileName());
            Files.writeString(source, s.source());
            Files.createDirectories(classes);
            String classpath = classpath();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, "-Xlint:all", "-Werror", source.toString());
            assertEquals(0, rc, "javac of\n" + s.source());

            server.closeStreamAtRecords(70);
            ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classes + File.pathSeparator + classpath, "ZerobusSmartMeter", "40", "4", "0");
            pb.environment().put("DATABRICKS_CLIENT_ID", LocalZerobusServer.CLIENT_ID);
            pb.environment().put("DATABRICKS_CLIENT_SECRET", LocalZerobusServer.CLIENT_SECRET);
            pb.environment().remove("ZEROBUS_SERVER_ENDPOINT");
            pb.environment().remove("DATABRICKS_HOST");
            pb.environment().put("NO_PROXY", "127.0.0.1,localhost");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
            JsonNode summary = new ObjectMapper().readTree(last);
            assertEquals(160, summary.get("events_acknowledged").asLong(), out);
            assertEquals(1, summary.get("stream_reopens").asInt(), out);
            assertFalse(out.contains(LocalZerobusServer.CLIENT_SECRET), out);

            assertEquals(160, server.acknowledged().size());
            Set<Long> ids = ZerobusSinkTest.ids(server.acknowledged());
            assertEquals(160, ids.size());
            assertEquals(1L, ids.stream().min(Long::compare).orElseThrow());
            assertEquals(160L, ids.stream().max(Long::compare).orElseThrow());
            JsonNode first = new ObjectMapper().readTree(server.acknowledged().get(0).json());
            assertEquals("meter-000001", first.get("meter_id").asText(), "the given expression");
            assertTrue(first.get("captured_at").isIntegralNumber() && first.get("reading_date").isInt(), first.toString());
        }
    }

    /** The SDK, protobuf and SLF4J jars this test runs with (what JBang would fetch for the //DEPS line). */
    static String classpath() throws Exception {
        List<String> out = new ArrayList<>();
        for (Class<?> c : List.of(com.databricks.zerobus.ZerobusSdk.class, com.google.protobuf.Message.class, org.slf4j.LoggerFactory.class, org.slf4j.simple.SimpleLogger.class)) {
            out.add(Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, out);
    }
}
