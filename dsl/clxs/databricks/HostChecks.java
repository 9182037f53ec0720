package clxs.databricks;

import com.databricks.sdk.core.DatabricksConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is checked before the SDK resolves a workspace, because the SDK itself may print it: a
 * host URL carrying a user name and password ({@code https://user:s3cret@host}) is refused without
 * being repeated, wherever it comes from (the flag, {@code DATABRICKS_HOST}, the profile); and
 * every credential the configuration holds is remembered as a {@link Secret}, so no message, log
 * line or echo of a server shows it.
 */
final class HostChecks {

    /** {@code scheme://userinfo@}, or {@code userinfo@} without a scheme: what precedes '@' in the authority. */
    private static final Pattern USER_INFO = Pattern.compile("^\\s*(?:[A-Za-z][A-Za-z0-9+.-]*://)?([^/?#@\\s]*)@");
    private static final List<String> SECRET_ENV = List.of("DATABRICKS_TOKEN", "DATABRICKS_CLIENT_SECRET", "DATABRICKS_PASSWORD",
            "ARM_CLIENT_SECRET", "DATABRICKS_AZURE_CLIENT_SECRET");
    private static final List<String> SECRET_KEYS = List.of("token", "client_secret", "password", "azure_client_secret");

    private HostChecks() {}

    /** Refuses a URL with user info; the user name and password are remembered as secrets, never echoed. */
    static void refuseUserInfo(String host, String where) {
        if (host == null) return;
        Matcher m = USER_INFO.matcher(host);
        if (!m.find()) return;
        String userInfo = m.group(1);
        Secret.remember(userInfo);
        int colon = userInfo.indexOf(':');
        if (colon >= 0) Secret.remember(userInfo.substring(colon + 1));
        throw new WorkspaceConfigException("host", where + " holds a user name or password before '@'; remove it (it is not repeated here): "
                + "clxs authenticates with a token or OAuth settings (DATABRICKS_TOKEN, or token / client_id and client_secret in the profile)");
    }

    /** Checks the hosts the SDK is about to read and remembers the secrets it is about to use. */
    static void beforeResolving(DatabricksConfig cfg, String profile, String hostOverride) {
        for (String env : SECRET_ENV) Secret.remember(System.getenv(env));
        if (cfg.getHost() != null) refuseUserInfo(cfg.getHost(), "the host setting");
        Map<String, String> section = profileSection(cfg, profile);
        for (String key : SECRET_KEYS) Secret.remember(section.get(key));
        if (hostOverride != null || cfg.getHost() != null) return;
        String envHost = System.getenv("DATABRICKS_HOST");
        refuseUserInfo(envHost, "DATABRICKS_HOST");
        // the SDK reads the profile when one is named, or when the environment configures no host
        if (profile != null || envHost == null || envHost.isBlank()) refuseUserInfo(section.get("host"), "the host of profile " + profileName(profile));
    }

    /** Remembers every credential of a resolved configuration (and the Basic-auth form of the client's). */
    static void rememberSecrets(DatabricksConfig cfg) {
        Secret.remember(cfg.getToken());
        Secret.remember(cfg.getPassword());
        Secret.remember(cfg.getAzureClientSecret());
        if (cfg.getClientSecret() != null && !cfg.getClientSecret().isBlank()) {
            Secret secret = new Secret(cfg.getClientSecret());
            if (cfg.getClientId() != null) Secret.basicCredentials(cfg.getClientId(), secret);
        }
    }

    private static String profileName(String profile) {
        if (profile != null) return profile;
        String env = System.getenv("DATABRICKS_CONFIG_PROFILE");
        return env != null && !env.isBlank() ? env : "DEFAULT";
    }

    /** The keys of a profile of the config file, read as the SDK will read them (an INI section); empty when there is none. */
    private static Map<String, String> profileSection(DatabricksConfig cfg, String profile) {
        String file = cfg.getConfigFile() != null ? cfg.getConfigFile() : System.getenv("DATABRICKS_CONFIG_FILE");
        String home = System.getenv("HOME") != null && !System.getenv("HOME").isBlank() ? System.getenv("HOME") : System.getProperty("user.home");
        Path path = file != null ? Path.of(file.replaceFirst("^~", java.util.regex.Matcher.quoteReplacement(home))) : Path.of(home, ".databrickscfg");
        Map<String, String> out = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return out;
        }
        String wanted = profileName(profile);
        boolean in = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                in = line.substring(1, line.length() - 1).strip().equals(wanted);
            } else if (in && line.contains("=") && !line.startsWith("#") && !line.startsWith(";")) {
                int eq = line.indexOf('=');
                out.put(line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT), line.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
