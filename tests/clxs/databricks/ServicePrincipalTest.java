package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.databricks.sdk.core.DatabricksConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Service principal credentials from arguments and {@code ~/.databrickscfg} profiles (through the SDK's configuration). */
class ServicePrincipalTest {

    static final String SECRET = "dose-PROFILE-SECRET-19cd";

    @TempDir
    Path home;

    DatabricksConfig config() throws Exception {
        Path cfg = home.resolve(".databrickscfg");
        Files.writeString(cfg, "[zb]\nhost = https://adb-42.1.azuredatabricks.net\nclient_id = 6a83b1a4-1111\nclient_secret = " + SECRET + "\n"
                + "[hostonly]\nhost = https://dbc-1.cloud.databricks.com\n");
        return new DatabricksConfig().setConfigFile(cfg.toString());
    }

    @Test
    void aProfileGivesHostClientIdAndSecret() throws Exception {
        ServicePrincipal sp = ServicePrincipal.resolve(config(), "zb", null, null, null);
        assertEquals("https://adb-42.1.azuredatabricks.net", sp.host());
        assertEquals("6a83b1a4-1111", sp.clientId());
        assertEquals(SECRET, sp.clientSecret().reveal());
        assertFalse(sp.toString().contains(SECRET), sp.toString());
        assertTrue(sp.toString().contains("****"), sp.toString());
    }

    @Test
    void argumentsWinOverTheProfile() throws Exception {
        ServicePrincipal sp = ServicePrincipal.resolve(config(), "zb", "https://dbc-9.cloud.databricks.com/?o=99", "other-id", "other-secret");
        assertEquals("https://dbc-9.cloud.databricks.com", sp.host(), "the ?o= of a browser URL is dropped");
        assertEquals("other-id", sp.clientId());
        assertEquals("other-secret", sp.clientSecret().reveal());
    }

    @Test
    void missingCredentialsSayHowToGiveThem() throws Exception {
        WorkspaceConfigException e = assertThrows(WorkspaceConfigException.class, () -> ServicePrincipal.resolve(config(), "hostonly", null, null, null));
        assertEquals("credentials", e.setting());
        assertTrue(e.getMessage().contains("--client-id") && e.getMessage().contains("DATABRICKS_CLIENT_ID"), e.getMessage());
        WorkspaceConfigException noSecret = assertThrows(WorkspaceConfigException.class, () -> ServicePrincipal.of("https://dbc-1.cloud.databricks.com", "id-1", ""));
        assertTrue(noSecret.getMessage().contains("no client secret for service principal id-1"), noSecret.getMessage());
        WorkspaceConfigException profile = assertThrows(WorkspaceConfigException.class, () -> ServicePrincipal.resolve(config(), "nope", null, null, null));
        assertEquals("profile", profile.setting());
    }
}
