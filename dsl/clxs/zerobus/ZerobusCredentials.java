package clxs.zerobus;

import clxs.databricks.ServicePrincipal;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The OAuth {@code client_credentials} exchange the Zerobus SDK makes before it opens a stream,
 * made on its own so bad credentials show up in a second instead of in a failed run: {@code POST
 * <workspace>/oidc/v1/token} with the client ID and secret as Basic auth, {@code scope=all-apis},
 * the Zerobus resource of the workspace and the Unity Catalog privileges the stream needs on the
 * table (USE CATALOG, USE SCHEMA, SELECT and MODIFY), the form the SDK 1.0.1 sends (captured
 * from the real SDK by the tests). No stream is opened and the token is dropped, never shown.
 *
 * <pre>{@code
 * ZerobusCredentials.Verification v = ZerobusCredentials.verify(sp, endpoint.serverEndpoint(), "main.iot.smart_meter");
 * v.ok()   // or v.error(): the server's answer, e.g. "HTTP 401 invalid_client: Client authentication failed"
 * }</pre>
 */
public final class ZerobusCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * What the token endpoint said. {@code http_status} is 0 when it could not be reached.
     * {@link #credentialsRejected()} is true for a 400/401/403 answer: a configuration error.
     */
    public record Verification(
            @JsonProperty("ok") boolean ok,
            @JsonProperty("token_endpoint") String tokenEndpoint,
            @JsonProperty("client_id") String clientId,
            @JsonProperty("table") String table,
            @JsonProperty("workspace_id") String workspaceId,
            @JsonProperty("http_status") int httpStatus,
            @JsonProperty("error") String error) {

        @JsonIgnore
        public boolean credentialsRejected() {
            return httpStatus == 400 || httpStatus == 401 || httpStatus == 403;
        }
    }

    private ZerobusCredentials() {}

    /** Exchanges {@code sp}'s credentials for a token scoped to {@code table} on the workspace of {@code serverEndpoint}. */
    public static Verification verify(ServicePrincipal sp, String serverEndpoint, String table) {
        ZerobusTables.requireTableName(table);
        String workspaceId = workspaceIdOf(serverEndpoint);
        String tokenEndpoint = sp.host() + "/oidc/v1/token";
        String body = form(tokenForm(workspaceId, table));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((sp.clientId() + ":" + sp.clientSecret().reveal()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Verification(false, tokenEndpoint, sp.clientId(), table, workspaceId, 0,
                    sp.clientSecret().redact("cannot reach " + tokenEndpoint + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verification(false, tokenEndpoint, sp.clientId(), table, workspaceId, 0, "interrupted");
        }
        int status = response.statusCode();
        if (status == 200 && hasToken(response.body())) return new Verification(true, tokenEndpoint, sp.clientId(), table, workspaceId, status, null);
        String error = "HTTP " + status + " " + describe(response.body());
        if (status == 400 || status == 401) {
            error += ": the workspace refused service principal " + sp.clientId() + "'s credentials (check its client ID and OAuth secret; "
                    + "an Entra ID service principal does not work, use a Databricks-managed one)";
        } else if (status == 403) {
            error += ": service principal " + sp.clientId() + " may not write to " + table + " (grant it USE CATALOG, USE SCHEMA, and MODIFY, SELECT on the table)";
        }
        return new Verification(false, tokenEndpoint, sp.clientId(), table, workspaceId, status, sp.clientSecret().redact(error));
    }

    /**
     * The form fields the SDK sends: grant type, scope, the Zerobus resource of the workspace and the
     * privileges on the table's catalog, schema and table.
     */
    static Map<String, String> tokenForm(String workspaceId, String table) {
        String[] parts = table.split("\\.");
        List<Map<String, Object>> details = List.of(
                privilege(parts[0], "CATALOG", List.of("USE CATALOG")),
                privilege(parts[0] + "." + parts[1], "SCHEMA", List.of("USE SCHEMA")),
                privilege(table, "TABLE", List.of("SELECT", "MODIFY")));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", "all-apis");
        form.put("resource", "api://databricks/workspaces/" + workspaceId + "/zerobusDirectWriteApi");
        try {
            form.put("authorization_details", JSON.writeValueAsString(details));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return form;
    }

    /** The SDK takes the workspace id from the first label of the server endpoint's host ({@code <id>.zerobus.<region>...}). */
    static String workspaceIdOf(String serverEndpoint) {
        String e = serverEndpoint.contains("://") ? serverEndpoint : "https://" + serverEndpoint;
        String host = URI.create(e).getHost();
        if (host == null) throw new IllegalArgumentException("'" + serverEndpoint + "' is not a Zerobus endpoint (https://<workspace id>.zerobus.<region>.<cloud domain>)");
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(0, dot);
    }

    private static Map<String, Object> privilege(String path, String type, List<String> privileges) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("object_full_path", path);
        m.put("object_type", type);
        m.put("privileges", privileges);
        m.put("type", "unity_catalog_privileges");
        return m;
    }

    private static String form(Map<String, String> fields) {
        StringJoiner out = new StringJoiner("&");
        fields.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static boolean hasToken(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n.hasNonNull("access_token");
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code invalid_client: Client authentication failed} from an OAuth error body; its first 200 characters otherwise. */
    private static String describe(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.hasNonNull("error")) {
                return n.get("error").asText() + (n.hasNonNull("error_description") ? ": " + n.get("error_description").asText() : "");
            }
        } catch (IOException e) {
            // not JSON: show the start of it
        }
        String b = body == null ? "" : body.strip();
        return b.length() > 200 ? b.substring(0, 200) + "..." : b;
    }
}
