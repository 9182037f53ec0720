package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.databricks.ServicePrincipal;
import clxs.databricks.WorkspaceConfigException;
import clxs.support.LocalZerobusServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code clxs zerobus verify}'s token exchange against the local token endpoint, which accepts only
 * {@link LocalZerobusServer#CLIENT_ID}/{@link LocalZerobusServer#CLIENT_SECRET}; the form it sends is
 * the one the real SDK sends ({@link ZerobusSinkTest#theTokenRequestIsTheOneVerifyMakes}).
 */
class ZerobusCredentialsTest {

    static final String TABLE = "main.iot.smart_meter";
    LocalZerobusServer server;

    @BeforeEach
    void start() throws Exception {
        server = LocalZerobusServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void goodCredentialsAreOkAndNoStreamIsOpened() {
        ZerobusCredentials.Verification v = ZerobusCredentials.verify(
                ServicePrincipal.of(server.workspaceUrl(), LocalZerobusServer.CLIENT_ID, LocalZerobusServer.CLIENT_SECRET), "https://1234567890123456.zerobus.us-west-2.cloud.databricks.com", TABLE);
        assertTrue(v.ok(), String.valueOf(v.error()));
        assertNull(v.error());
        assertEquals(200, v.httpStatus());
        assertEquals("1234567890123456", v.workspaceId());
        assertEquals(server.workspaceUrl() + "/oidc/v1/token", v.tokenEndpoint());
        LocalZerobusServer.TokenRequest sent = server.tokenRequests().get(0);
        assertEquals("api://databricks/workspaces/1234567890123456/zerobusDirectWriteApi", sent.form().get("resource"));
        assertEquals("client_credentials", sent.form().get("grant_type"));
        assertEquals("all-apis", sent.form().get("scope"));
        assertTrue(sent.form().get("authorization_details").contains("\"object_full_path\":\"main.iot.smart_meter\",\"object_type\":\"TABLE\",\"privileges\":[\"SELECT\",\"MODIFY\"]"),
                sent.form().get("authorization_details"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString((LocalZerobusServer.CLIENT_ID + ":" + LocalZerobusServer.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)), sent.authorization());
        assertTrue(server.streams().isEmpty());
    }

    @Test
    void aRefusedSecretIsTheServersErrorNamingTheCredentialsWithoutTheSecret() throws Exception {
        String wrong = "dose-NOT-THE-SECRET-77aa";
        ZerobusCredentials.Verification v = ZerobusCredentials.verify(ServicePrincipal.of(server.workspaceUrl(), LocalZerobusServer.CLIENT_ID, wrong), server.endpoint(), TABLE);
        assertFalse(v.ok());
        assertEquals(401, v.httpStatus());
        assertTrue(v.credentialsRejected());
        assertTrue(v.error().startsWith("HTTP 401 invalid_client: Client authentication failed"), v.error());
        assertTrue(v.error().contains(LocalZerobusServer.CLIENT_ID) && v.error().contains("OAuth secret"), v.error());
        String json = new ObjectMapper().writeValueAsString(v);
        assertFalse(json.contains(wrong), json);
        assertTrue(json.contains("\"http_status\":401"), json);
    }

    @Test
    void anUnreachableWorkspaceIsNotACredentialsProblem() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ZerobusCredentials.Verification v = ZerobusCredentials.verify(
                ServicePrincipal.of("http://127.0.0.1:" + port, LocalZerobusServer.CLIENT_ID, LocalZerobusServer.CLIENT_SECRET), server.endpoint(), TABLE);
        assertFalse(v.ok());
        assertEquals(0, v.httpStatus());
        assertFalse(v.credentialsRejected());
        assertTrue(v.error().startsWith("cannot reach http://127.0.0.1:" + port + "/oidc/v1/token"), v.error());
    }

    @Test
    void tableNamesAreCheckedBeforeAnythingIsSent() {
        ServicePrincipal sp = ServicePrincipal.of(server.workspaceUrl(), LocalZerobusServer.CLIENT_ID, LocalZerobusServer.CLIENT_SECRET);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZerobusCredentials.verify(sp, server.endpoint(), "iot.smart_meter"))
                .getMessage().contains("three-part name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ZerobusCredentials.verify(sp, server.endpoint(), "main.iot.smart-meter"))
                .getMessage().contains("letters, digits and underscores"));
        assertTrue(server.tokenRequests().isEmpty());
    }

    @Test
    void patModeIsRefusedWithTheReason() {
        ZerobusSink.requireOAuth(null);
        ZerobusSink.requireOAuth("OAuth");
        WorkspaceConfigException e = assertThrows(WorkspaceConfigException.class, () -> ZerobusSink.requireOAuth("pat"));
        assertEquals("auth", e.setting());
        assertTrue(e.getMessage().contains("no hook for other headers"), e.getMessage());
    }
}
