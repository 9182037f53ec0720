package clxs.databricks;

import clxs.sql.EngineErrors;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksException;

/**
 * A service principal's OAuth machine-to-machine credentials on a workspace: what Zerobus streams
 * authenticate with (it exchanges them for a token at {@code <host>/oidc/v1/token}). The secret is a
 * {@link Secret}: this record prints as {@code ServicePrincipal[host=..., clientId=..., clientSecret=****]}.
 *
 * <pre>{@code
 * ServicePrincipal sp = ServicePrincipal.resolve(null, null, null, null);   // DATABRICKS_* or ~/.databrickscfg [DEFAULT]
 * ServicePrincipal sp = ServicePrincipal.resolve("prod", null, "6a83b1a4-...", null);
 * }</pre>
 *
 * @param host the workspace URL ({@code https://...}; {@code http://} for local test servers)
 */
public record ServicePrincipal(String host, String clientId, Secret clientSecret) {

    static final String HOW_TO = "pass --client-id and --client-secret, set DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET, "
            + "or use a profile in ~/.databrickscfg with client_id and client_secret (the service principal's application ID and an OAuth secret)";

    public ServicePrincipal {
        if (host == null || host.isBlank()) throw new WorkspaceConfigException("host", "no workspace URL for the service principal: pass --host or set DATABRICKS_HOST");
        host = Workspace.checkHost(origin(host), "host");
        if (clientId == null || clientId.isBlank()) throw new WorkspaceConfigException("credentials", "no service principal client ID: " + HOW_TO);
        if (clientSecret == null || clientSecret.reveal().isBlank()) throw new WorkspaceConfigException("credentials", "no client secret for service principal " + clientId + ": " + HOW_TO);
        // what the token request sends (HTTP Basic): scrubbed wherever it is echoed
        Secret.basicCredentials(clientId, clientSecret);
    }

    /** {@code https://host[:port]} of a workspace URL that may carry {@code ?o=<id>} or a path (as copied from a browser). */
    static String origin(String url) {
        try {
            java.net.URI u = java.net.URI.create(url.trim());
            if (u.getScheme() != null && u.getHost() != null) return u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (IllegalArgumentException e) {
            // checkHost names the problem
        }
        return url;
    }

    public static ServicePrincipal of(String host, String clientId, String clientSecret) {
        return new ServicePrincipal(host, clientId, clientSecret == null ? null : new Secret(clientSecret));
    }

    /**
     * The credentials from, in this order: the arguments (any may be null), the environment
     * ({@code DATABRICKS_HOST}, {@code DATABRICKS_CLIENT_ID}, {@code DATABRICKS_CLIENT_SECRET}), and the
     * profile ({@code [DEFAULT]} unless {@code profile} names one): the SDK's unified configuration.
     *
     * @throws WorkspaceConfigException naming what is missing and how to supply it
     */
    public static ServicePrincipal resolve(String profile, String host, String clientId, String clientSecret) {
        return resolve(new DatabricksConfig(), profile, host, clientId, clientSecret);
    }

    static ServicePrincipal resolve(DatabricksConfig cfg, String profile, String host, String clientId, String clientSecret) {
        if (profile != null) cfg.setProfile(profile);
        if (host != null) cfg.setHost(host);
        if (clientId != null) cfg.setClientId(clientId);
        if (clientSecret != null) cfg.setClientSecret(clientSecret);
        Secret given = clientSecret == null ? null : new Secret(clientSecret);
        try {
            cfg.resolve();
        } catch (DatabricksException | IllegalArgumentException e) {
            String m = given == null ? String.valueOf(e.getMessage()) : given.redact(String.valueOf(e.getMessage()));
            if (profile != null && m.contains(profile)) {
                throw new WorkspaceConfigException("profile", "there is no profile '" + profile + "' in " + (cfg.getConfigFile() == null ? "~/.databrickscfg" : cfg.getConfigFile()) + "; " + HOW_TO);
            }
            throw new WorkspaceConfigException("credentials", "cannot read the service principal's configuration (" + EngineErrors.firstLine(m) + "); " + HOW_TO);
        }
        return of(cfg.getHost(), cfg.getClientId(), cfg.getClientSecret());
    }
}
