package clxs.databricks;

import clxs.sql.EngineErrors;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A Databricks workspace and SQL warehouse to run a plan on. Authentication is the SDK's
 * unified auth ({@code DATABRICKS_HOST}/{@code DATABRICKS_TOKEN}, {@code ~/.databrickscfg}
 * profiles, OAuth machine-to-machine, ...); the bearer token it yields is handed to
 * databricks-jdbc, in the connection properties, never in the URL. Nothing here prints the token.
 *
 * <pre>{@code
 * Workspace ws = Workspace.resolve("prod", null, "abc123def456");   // profile, host, warehouse
 * try (Connection c = ws.connect()) { ... }
 * }</pre>
 */
public final class Workspace {

    static {
        // before the SDK or the driver log anything: their HTTP and auth loggers print credentials below INFO
        CredentialSafeLogging.install();
    }

    public static final String WAREHOUSE_ENV = "DATABRICKS_WAREHOUSE_ID";
    private static final Pattern WAREHOUSE_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final String HOW_TO = "configure a workspace with DATABRICKS_HOST and DATABRICKS_TOKEN, or a profile in ~/.databrickscfg "
            + "([DEFAULT] or a named profile) with host and token (or client_id and client_secret for OAuth)";

    private final URI host;
    private final String warehouseId;
    private final Secret token;
    private final String authType;
    private final DatabricksConfig config;
    private final Duration timeout;

    private Workspace(URI host, String warehouseId, Secret token, String authType, DatabricksConfig config, Duration timeout) {
        this.host = host;
        this.warehouseId = warehouseId;
        this.token = token;
        this.authType = authType;
        this.config = config;
        this.timeout = timeout;
    }

    /**
     * How long one request to the workspace may go unanswered (the SDK's and the driver's socket
     * timeout); connecting, authenticating and listing may take at most {@value #ATTEMPTS} times as
     * long in all, since the clients retry. A warehouse that is starting answers (its statements are
     * pending), so this bounds only a workspace that does not answer at all.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final int ATTEMPTS = 4;

    /**
     * Resolves the workspace from the SDK's unified auth, with optional overrides.
     *
     * @throws WorkspaceConfigException naming what is missing or malformed and how to fix it
     */
    public static Workspace resolve(String profile, String hostOverride, String warehouseId) {
        return resolve(profile, hostOverride, warehouseId, DEFAULT_TIMEOUT);
    }

    /** As {@link #resolve(String, String, String)}, waiting at most {@code timeout} for each answer of the workspace. */
    public static Workspace resolve(String profile, String hostOverride, String warehouseId, Duration timeout) {
        return resolve(new DatabricksConfig(), profile, hostOverride, warehouseId, System.getenv(WAREHOUSE_ENV), true, timeout);
    }

    /**
     * A workspace for REST calls only (Jobs, Workspace, Files): like {@link #resolve(String, String, String)}
     * but a SQL warehouse is optional ({@code DATABRICKS_WAREHOUSE_ID} is used when set);
     * {@link #connect()} then fails, naming the missing warehouse.
     */
    public static Workspace resolveForRest(String profile, String hostOverride) {
        return resolveForApi(profile, hostOverride, null, DEFAULT_TIMEOUT);
    }

    /**
     * A workspace from an SDK configuration built by the caller ({@code new DatabricksConfig().setHost(..).setToken(..)}),
     * still completed by unified auth, on warehouse {@code warehouseId}.
     */
    public static Workspace of(DatabricksConfig config, String warehouseId) {
        return resolve(config, null, null, warehouseId, null);
    }

    static Workspace resolve(DatabricksConfig cfg, String profile, String hostOverride, String warehouseId, String warehouseEnv) {
        return resolve(cfg, profile, hostOverride, warehouseId, warehouseEnv, true, DEFAULT_TIMEOUT);
    }

    /**
     * A workspace for REST calls only (Unity Catalog listings): no SQL warehouse is needed, and
     * {@link #connect()} says so if it is called.
     */
    public static Workspace resolveForApi(String profile, String hostOverride, String warehouseId, Duration timeout) {
        return resolve(new DatabricksConfig(), profile, hostOverride, warehouseId, System.getenv(WAREHOUSE_ENV), false, timeout);
    }

    private static Workspace resolve(DatabricksConfig cfg, String profile, String hostOverride, String warehouseId, String warehouseEnv,
                                     boolean needsWarehouse, Duration timeout) {
        HostChecks.beforeResolving(cfg, profile, hostOverride);
        if (hostOverride != null) cfg.setHost(checkHost(hostOverride, "the host setting"));
        if (profile != null) cfg.setProfile(profile);
        if (cfg.getHttpTimeoutSeconds() == null) cfg.setHttpTimeoutSeconds((int) Math.max(1, timeout.toSeconds()));
        String where = hostOverride != null ? hostOverride : cfg.getHost() != null ? cfg.getHost()
                : System.getenv("DATABRICKS_HOST") != null ? System.getenv("DATABRICKS_HOST") : "the workspace";
        // the SDK fetches host metadata and, for OAuth, a token while resolving: bounded, and said while it lasts
        return deadline(timeout).run("reading the configuration of " + where + " and authenticating",
                () -> resolveNow(cfg, profile, warehouseId, warehouseEnv, needsWarehouse, timeout));
    }

    private static Deadline deadline(Duration timeout) {
        return Deadline.of(timeout.multipliedBy(ATTEMPTS), m -> System.err.println("clxs: " + m));
    }

    private static Workspace resolveNow(DatabricksConfig cfg, String profile, String warehouseId, String warehouseEnv,
                                        boolean needsWarehouse, Duration timeout) {
        try {
            cfg.resolve();
        } catch (DatabricksException | IllegalArgumentException e) {
            String m = Secret.scrub(String.valueOf(e.getMessage()));
            if (profile != null && m.contains("has no " + profile + " profile configured")) {
                throw new WorkspaceConfigException("profile", "there is no profile '" + profile + "' in " + configFile(cfg) + "; " + HOW_TO);
            }
            String where = profile != null ? "profile '" + profile + "' in " + configFile(cfg) : "the workspace configuration";
            throw new WorkspaceConfigException(profile != null ? "profile" : "workspace",
                    "cannot use " + where + ": " + EngineErrors.firstLine(m) + "; " + HOW_TO);
        }
        HostChecks.rememberSecrets(cfg);
        if (cfg.getHost() == null || cfg.getHost().isBlank()) {
            if (profile != null) {
                throw new WorkspaceConfigException("profile", "there is no profile '" + profile + "' with a host in " + configFile(cfg) + "; " + HOW_TO);
            }
            throw new WorkspaceConfigException("host", "no Databricks workspace is configured: " + HOW_TO);
        }
        URI host = URI.create(checkHost(cfg.getHost(), profile != null ? "host of profile " + profile : "DATABRICKS_HOST"));
        String warehouse = warehouseId != null ? warehouseId : warehouseEnv;
        if (!needsWarehouse && (warehouse == null || warehouse.isBlank())) warehouse = null;
        else if (warehouse == null || warehouse.isBlank()) throw noWarehouse();
        if (warehouse != null && !WAREHOUSE_ID.matcher(warehouse).matches()) {
            throw new WorkspaceConfigException("warehouse", "'" + warehouse + "' is not a SQL warehouse ID (letters and digits, as in /sql/1.0/warehouses/<ID>)");
        }
        Secret token;
        try {
            token = new Secret(bearer(cfg));
        } catch (DatabricksException e) {
            throw new WorkspaceConfigException("token", "cannot authenticate to " + host + " (" + EngineErrors.firstLine(Secret.scrub(e.getMessage())) + "); " + HOW_TO);
        }
        return new Workspace(host, warehouse, token, cfg.getAuthType() != null ? cfg.getAuthType() : "pat", cfg, timeout);
    }

    private static WorkspaceConfigException noWarehouse() {
        return new WorkspaceConfigException("warehouse", "no SQL warehouse: give its ID or set " + WAREHOUSE_ENV
                + " (the ID is in the warehouse's Connection details, the last part of its HTTP path)");
    }

    /** The bearer token of any auth type: a personal access token as is, OAuth and the rest through their Authorization header. */
    private static String bearer(DatabricksConfig cfg) {
        if (cfg.getToken() != null && !cfg.getToken().isBlank()) return cfg.getToken();
        Map<String, String> headers = cfg.authenticate();
        String auth = headers.get("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) throw new DatabricksException("no bearer token from auth type " + cfg.getAuthType());
        return auth.substring("Bearer ".length());
    }

    /**
     * {@code https://host[:port]} or, for local test servers, {@code http://...}; anything else is
     * refused. A user name or password in the URL is refused without repeating it.
     */
    static String checkHost(String host, String where) {
        HostChecks.refuseUserInfo(host, where);
        URI uri;
        try {
            uri = URI.create(host.trim());
        } catch (IllegalArgumentException e) {
            throw new WorkspaceConfigException("host", where + " '" + host + "' is not a URL; expected https://<workspace>.cloud.databricks.com");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http")) || uri.getHost() == null
                || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) || uri.getQuery() != null) {
            throw new WorkspaceConfigException("host", where + " '" + host + "' is not a workspace URL; expected https://<workspace>.cloud.databricks.com");
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static String configFile(DatabricksConfig cfg) {
        return cfg.getConfigFile() != null ? cfg.getConfigFile() : "~/.databrickscfg";
    }

    /** The JDBC URL: SQL Statement Execution mode, telemetry off; no credential in it. */
    public String jdbcUrl() {
        if (warehouseId == null) throw noWarehouse();
        boolean tls = host.getScheme().equals("https");
        int port = host.getPort() > 0 ? host.getPort() : tls ? 443 : 80;
        return "jdbc:databricks://" + host.getHost() + ":" + port + "/default;ssl=" + (tls ? 1 : 0) + ";transportMode=http"
                + ";httpPath=/sql/1.0/warehouses/" + warehouseId + ";AuthMech=3;UseThriftClient=0;EnableQueryResultDownload=0;EnableTelemetry=0"
                + ";socketTimeout=" + Math.max(1, timeout.toSeconds());
    }

    /** A new connection to the warehouse (a SQL session). */
    public Connection connect() throws SQLException {
        if (warehouseId == null) throw noWarehouse();
        Properties p = new Properties();
        p.setProperty("UID", "token");
        p.setProperty("PWD", token.reveal());
        String what = "opening a session on SQL warehouse " + warehouseId + " at " + host;
        try {
            return deadline(timeout).run(what, () -> DriverManager.getConnection(jdbcUrl(), p));
        } catch (SQLException e) {
            String message = Secret.scrub(e.getMessage());
            // the driver gives up on its own read timeout first when its retries fit in the deadline
            if (message != null && message.contains("Read timed out")) {
                throw Deadline.noAnswer(timeout, what);
            }
            throw new SQLException(message, e.getSQLState(), e.getErrorCode());
        }
    }

    /** Runs a call to the workspace, waiting at most {@value #ATTEMPTS} request timeouts and saying what it waits for. */
    <T, E extends Exception> T within(String what, Deadline.Work<T, E> work) throws E {
        return deadline(timeout).run(what + " at " + host, work);
    }

    /** How long one request may go unanswered. */
    public Duration timeout() {
        return timeout;
    }

    /** The SDK client for REST calls (Unity Catalog listings, Files, Workspace, Jobs), with the same auth. */
    public WorkspaceClient client() {
        return new WorkspaceClient(config);
    }

    public URI host() {
        return host;
    }

    /** The SQL warehouse, or null for a workspace resolved {@linkplain #resolveForRest for REST only}. */
    public String warehouseId() {
        return warehouseId;
    }

    public String authType() {
        return authType;
    }

    /** Removes every credential from a message before it is shown, logged or kept (see {@link Secret#scrub}). */
    public String redact(String message) {
        return Secret.scrub(message);
    }

    @Override
    public String toString() {
        return "Workspace[" + host + ", warehouse " + warehouseId + ", auth " + authType + "]";
    }
}
