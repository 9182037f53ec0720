package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.settings.Json;
import clxs.stream.DeviceProfiles;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.LocalZerobusServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code clxs zerobus} and {@code --destination zerobus} from the command line, in a JVM of their own
 * so the credentials come from the environment a test gives them; the token endpoint and the gRPC
 * server are the tests' local Zerobus, not Databricks.
 */
class ZerobusCommandTest {

    static final String TABLE = "demo.iot.bronze_smart_meter";

    @Test
    void endpointIsDerivedFromAnAzureWorkspaceUrlAndARegion() throws Exception {
        CliRun r = CliRun.of("zerobus", "endpoint", "--host", "https://adb-1134642475632994.14.azuredatabricks.net/?o=1134642475632994", "--region", "eastus2");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode e = Json.MAPPER.readTree(r.out());
        assertEquals("https://1134642475632994.zerobus.eastus2.azuredatabricks.net", e.get("server_endpoint").asText());
        assertEquals("azure", e.get("cloud").asText());

        CliRun bad = CliRun.of("zerobus", "endpoint", "--host", "https://example.com");
        assertEquals(2, bad.exitCode(), bad.toString());
        assertFalse(Json.MAPPER.readTree(bad.out()).get("error").isNull(), bad.out());
    }

    @Test
    void verifySaysOkForGoodCredentialsAndExitsTwoForRejectedOnesWithoutPrintingTheSecret() throws Exception {
        try (LocalZerobusServer server = LocalZerobusServer.start().table(TABLE, DeviceProfiles.SMART_METER.schema())) {
            Map<String, String> env = Map.of("DATABRICKS_HOST", server.workspaceUrl(), "DATABRICKS_CLIENT_ID", LocalZerobusServer.CLIENT_ID,
                    "DATABRICKS_CLIENT_SECRET", LocalZerobusServer.CLIENT_SECRET);
            CliRun ok = CliProcess.run(env, "zerobus", "verify", "--table", TABLE, "--zerobus-endpoint", server.endpoint());
            assertEquals(0, ok.exitCode(), ok.toString());
            assertTrue(Json.MAPPER.readTree(ok.out()).get("ok").asBoolean(), ok.out());

            server.tokenStatus(401);
            CliRun rejected = CliProcess.run(env, "zerobus", "verify", "--table", TABLE, "--zerobus-endpoint", server.endpoint());
            assertEquals(2, rejected.exitCode(), rejected.toString());
            String all = rejected.out() + rejected.err();
            assertTrue(all.contains("401"), all);
            assertFalse(all.contains(LocalZerobusServer.CLIENT_SECRET), "no secret printed");
            String basic = Base64.getEncoder().encodeToString((LocalZerobusServer.CLIENT_ID + ":" + LocalZerobusServer.CLIENT_SECRET).getBytes());
            assertFalse(all.contains(basic), "nor its base64 form");
        }
    }

    @Test
    void patModeIsRefusedWithTheReasonAndHelpSaysSo() {
        CliRun pat = CliRun.of("stream", "--profile", "smart_meter", "--catalog", "demo", "--destination", "zerobus", "--target", "databricks", "--auth", "pat",
                "--host", "https://adb-1.2.azuredatabricks.net", "--warehouse", "abc");
        assertEquals(2, pat.exitCode(), pat.toString());
        assertTrue(pat.err().contains("headers"), "says why: " + pat.err());
        assertTrue(CliRun.of("stream", "--help").out().contains("pat is not possible"));
    }

    @Test
    void snippetIsAJBangScriptWithOneDepsLineAndNoSecret() {
        CliRun r = CliRun.of("zerobus", "snippet", "--profile", "smart_meter", "--table", TABLE, "--host", "https://adb-1134642475632994.14.azuredatabricks.net",
                "--zerobus-endpoint", "https://1134642475632994.zerobus.eastus2.azuredatabricks.net");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("//DEPS")).count(), r.out());
        assertTrue(r.out().contains("DATABRICKS_CLIENT_SECRET"), "reads the secret from the environment");
        assertTrue(r.out().contains("kwh_cumulative"), "writes the profile's fields");
    }
}
