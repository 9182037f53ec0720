package clxs.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP face of the local warehouse: the subset of the Databricks REST API that databricks-jdbc
 * (SQL Statement Execution mode) and databricks-sdk-java use, answered from an {@link Engine}.
 *
 * <ul>
 *   <li>SDK discovery: {@code /.well-known/databricks-config}, {@code /oidc/.well-known/oauth-authorization-server}</li>
 *   <li>SQL sessions and statements: {@code /api/2.0/sql/sessions}, {@code /api/2.0/sql/warehouses/{id}/sessions},
 *       {@code /api/2.0/sql/statements} (inline JSON_ARRAY results)</li>
 *   <li>Unity Catalog listings: {@code /api/2.1/unity-catalog/catalogs|schemas|tables}</li>
 *   <li>Files in volumes: {@code /api/2.0/fs/files/Volumes/...}, {@code /api/2.0/fs/directories/Volumes/...} ({@link FilesApi})</li>
 *   <li>Workspace tree and current user: {@code /api/2.0/workspace/*}, {@code /api/2.0/preview/scim/v2/Me} ({@link WorkspaceApi})</li>
 *   <li>Jobs 2.2, in memory, never run: {@code /api/2.2/jobs/*}, {@code /api/2.1/clusters/spark-versions|list-node-types} ({@link JobsApi})</li>
 *   <li>Control, for tests: {@code GET /harness/statements} (every statement and what became of it),
 *       {@code GET /harness/requests[?path=PREFIX]} (every {@code /api/} request: method, path, query, body),
 *       {@code POST /harness/faults} (fail statements containing a text), {@code DELETE /harness/faults},
 *       {@code POST /harness/holds} (leave statements containing a text RUNNING until the client cancels them),
 *       {@code POST /harness/runs} (add a run to a job, which the harness never runs itself)</li>
 * </ul>
 * Requests must carry {@code Authorization: Bearer <token>} with the token the server was started with.
 */
final class SeaServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A statement and what became of it: {@code executed}, {@code failed}, {@code recorded:<kind>}, {@code fault}, {@code held} or {@code cancelled}. */
    record Received(String sql, String outcome, long millis, long endedMs) {}

    /** An {@code /api/} request as it arrived; {@code body} as UTF-8 text. */
    record Request(String method, String path, String query, String body) {}

    /** Fail statements containing {@code contains} with this error. */
    record Fault(String contains, String errorCode, String message) {}

    private final Engine engine;
    private final String token;
    private final HttpServer server;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, ObjectNode> results = new ConcurrentHashMap<>();
    /** How long a statement request waits for its answer before it is answered RUNNING (the client then polls). */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private final ExecutorService statements = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "statement");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<String> holds = new CopyOnWriteArrayList<>();
    /** Held statements by id, so a cancel can say which statement it stopped. */
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Volumes volumes;
    private final FilesApi files;
    private final WorkspaceApi workspace = new WorkspaceApi();
    private final JobsApi jobs = new JobsApi();

    SeaServer(Engine engine, Volumes volumes, int port, String token) throws IOException {
        this.engine = engine;
        this.volumes = volumes;
        this.files = new FilesApi(volumes);
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.equals("/.well-known/databricks-config")) {
                Http.reply(ex, 200, JSON.createObjectNode().put("workspace_id", "1234567890").put("cloud", "aws").put("oidc_endpoint", Http.base(ex) + "/oidc"));
                return;
            }
            if (path.equals("/oidc/.well-known/oauth-authorization-server")) {
                Http.reply(ex, 200, JSON.createObjectNode().put("authorization_endpoint", Http.base(ex) + "/oidc/v1/authorize").put("token_endpoint", Http.base(ex) + "/oidc/v1/token"));
                return;
            }
            if (path.startsWith("/harness/")) {
                control(ex, method, path, body);
                return;
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.equals("Bearer " + token)) {
                Http.fail(ex, new Http.ApiError(401, "UNAUTHENTICATED", "Invalid access token."));
                return;
            }
            if (path.startsWith("/api/")) requests.add(new Request(method, path, ex.getRequestURI().getRawQuery(), new String(body, StandardCharsets.UTF_8)));
            if (method.equals("POST") && (path.matches("/api/2.0/sql/warehouses/[^/]+/sessions/?") || path.matches("/api/2.0/sql/sessions/?"))) {
                Http.reply(ex, 200, JSON.createObjectNode().put("session_id", "session-" + ids.incrementAndGet()));
            } else if (method.equals("DELETE") && path.startsWith("/api/2.0/sql/sessions/")) {
                Http.reply(ex, 200, JSON.createObjectNode());
            } else if (method.equals("POST") && path.matches("/api/2.0/sql/statements/?")) {
                Http.reply(ex, 200, statement(JSON.readTree(body)));
            } else if (method.equals("GET") && path.startsWith("/api/2.0/sql/statements/")) {
                ObjectNode r = results.get(path.substring(path.lastIndexOf('/') + 1));
                Http.reply(ex, r == null ? 404 : 200, r == null ? Http.error("NOT_FOUND", "no statement " + path) : r);
            } else if ((method.equals("DELETE") || method.equals("POST")) && path.startsWith("/api/2.0/sql/statements/")) {
                String id = path.split("/")[5];
                String sql = held.remove(id);
                if (sql != null) {
                    received.add(new Received(sql, "cancelled", 0, System.currentTimeMillis()));
                    results.put(id, (ObjectNode) JSON.createObjectNode().put("statement_id", id).set("status", JSON.createObjectNode().put("state", "CANCELED")));
                } else {
                    results.remove(id);
                }
                Http.reply(ex, 200, JSON.createObjectNode());
            } else if (method.equals("GET") && path.startsWith("/api/2.1/unity-catalog/")) {
                Http.reply(ex, 200, unityCatalog(path, Http.query(ex)));
            } else if (path.startsWith(FilesApi.FILES + "/") || path.startsWith(FilesApi.DIRECTORIES + "/")) {
                files.handle(ex, method, path, body);
            } else if (path.startsWith("/api/2.0/workspace/") || path.equals("/api/2.0/preview/scim/v2/Me")) {
                workspace.handle(ex, method, path, body);
            } else if (path.startsWith("/api/2.2/jobs/") || path.startsWith("/api/2.1/clusters/")) {
                jobs.handle(ex, method, path, body);
            } else {
                Http.reply(ex, 404, Http.error("NOT_FOUND", "local warehouse: no " + method + " " + path));
            }
        } catch (Http.ApiError e) {
            Http.fail(ex, e);
        } catch (Exception e) {
            Http.reply(ex, 400, Http.error("BAD_REQUEST", String.valueOf(e)));
        }
    }

    private ObjectNode statement(JsonNode req) {
        String sql = req.get("statement").asText();
        String id = "statement-" + ids.incrementAndGet();
        long t0 = System.nanoTime();
        Engine.Result result = null;
        String outcome;
        Fault fault = faults.stream().filter(f -> sql.contains(f.contains())).findFirst().orElse(null);
        Recorded kind = Recorded.of(sql);
        if (holds.stream().anyMatch(sql::contains)) {
            ObjectNode running = JSON.createObjectNode().put("statement_id", id);
            running.putObject("status").put("state", "RUNNING");
            held.put(id, sql);
            results.put(id, running);
            received.add(new Received(sql, "held", 0, System.currentTimeMillis()));
            return running;
        }
        if (fault != null) {
            result = Engine.Result.error(fault.errorCode(), fault.message());
            outcome = "fault";
        } else if (kind == Recorded.CREATE_VOLUME) {
            // Spark has no volumes: recorded, and a folder the Files API serves
            result = volumes.create(sql);
            outcome = "recorded:" + kind.label();
        } else if (kind != null) {
            result = Engine.Result.empty();
            outcome = "recorded:" + kind.label();
        } else {
            // run apart and answer within ANSWER_WITHIN: a statement that takes longer is RUNNING and the client polls
            // for it, as on Databricks, so a busy machine does not turn a slow statement into a client socket timeout
            CompletableFuture<ObjectNode> running = CompletableFuture.supplyAsync(() -> {
                Engine.Result executed = engine.execute(sql);
                return answer(id, sql, executed, executed.failed() ? "failed" : "executed", t0);
            }, statements);
            try {
                return running.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                ObjectNode node = JSON.createObjectNode().put("statement_id", id);
                node.putObject("status").put("state", "RUNNING");
                results.putIfAbsent(id, node);
                return node;
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return answer(id, sql, result, outcome, t0);
    }

    /** The statement's final answer, kept for the client's polls, and its line in {@code /harness/statements}. */
    private ObjectNode answer(String id, String sql, Engine.Result result, String outcome, long t0) {
        received.add(new Received(sql, result.failed() && !outcome.equals("fault") ? "failed: " + result.message() : outcome,
                (System.nanoTime() - t0) / 1_000_000, System.currentTimeMillis()));
        ObjectNode r = JSON.createObjectNode().put("statement_id", id);
        if (result.failed()) {
            ObjectNode status = r.putObject("status").put("state", "FAILED");
            status.putObject("error").put("error_code", result.errorCode()).put("message", "[" + result.errorCode() + "] " + result.message());
            results.put(id, r);
            return r;
        }
        r.putObject("status").put("state", "SUCCEEDED");
        ObjectNode manifest = r.putObject("manifest").put("format", "JSON_ARRAY");
        ObjectNode schema = manifest.putObject("schema").put("column_count", result.columns().size());
        ArrayNode columns = schema.putArray("columns");
        for (int i = 0; i < result.columns().size(); i++) {
            Engine.Column c = result.columns().get(i);
            ObjectNode col = columns.addObject().put("name", c.name()).put("position", i).put("type_name", c.typeName()).put("type_text", c.typeText());
            if (c.typeName().equals("DECIMAL")) {
                String[] ps = c.typeText().replaceAll("[^0-9,]", "").split(",");
                col.put("type_precision", Integer.parseInt(ps[0])).put("type_scale", Integer.parseInt(ps[1]));
            }
        }
        manifest.put("total_chunk_count", 1).put("total_row_count", result.rows().size()).put("truncated", false);
        ObjectNode data = r.putObject("result").put("chunk_index", 0).put("row_offset", 0).put("row_count", result.rows().size());
        ArrayNode array = data.putArray("data_array");
        for (List<String> row : result.rows()) {
            ArrayNode a = array.addArray();
            for (String v : row) {
                if (v == null) a.addNull();
                else a.add(v);
            }
        }
        results.put(id, r);
        return r;
    }

    private ObjectNode unityCatalog(String path, Map<String, String> q) {
        ObjectNode out = JSON.createObjectNode();
        if (path.endsWith("/catalogs")) {
            ArrayNode a = out.putArray("catalogs");
            for (String c : engine.catalogs()) a.addObject().put("name", c).put("owner", "local-warehouse").put("catalog_type", "MANAGED_CATALOG");
        } else if (path.endsWith("/schemas")) {
            String catalog = q.get("catalog_name");
            ArrayNode a = out.putArray("schemas");
            for (String s : engine.schemas(catalog)) a.addObject().put("name", s).put("catalog_name", catalog).put("full_name", catalog + "." + s);
        } else if (path.endsWith("/tables")) {
            String catalog = q.get("catalog_name");
            String schema = q.get("schema_name");
            ArrayNode a = out.putArray("tables");
            engine.tables(catalog, schema).forEach((name, info) -> {
                ObjectNode t = a.addObject().put("name", name).put("catalog_name", catalog).put("schema_name", schema)
                        .put("full_name", catalog + "." + schema + "." + name).put("table_type", info.getKey());
                ObjectNode props = t.putObject("properties");
                info.getValue().forEach(props::put);
            });
        }
        return out;
    }

    private void control(HttpExchange ex, String method, String path, byte[] body) throws IOException {
        if (method.equals("GET") && path.equals("/harness/statements")) {
            ArrayNode a = JSON.createArrayNode();
            for (Received r : received) a.addObject().put("sql", r.sql()).put("outcome", r.outcome()).put("millis", r.millis()).put("ended", r.endedMs());
            reply(ex, 200, a);
        } else if (method.equals("DELETE") && path.equals("/harness/statements")) {
            received.clear();
            reply(ex, 200, JSON.createObjectNode());
        } else if (method.equals("GET") && path.equals("/harness/requests")) {
            String prefix = Http.query(ex).getOrDefault("path", "");
            ArrayNode a = JSON.createArrayNode();
            for (Request r : requests) {
                if (r.path().startsWith(prefix)) a.addObject().put("method", r.method()).put("path", r.path()).put("query", r.query()).put("body", r.body());
            }
            reply(ex, 200, a);
        } else if (method.equals("DELETE") && path.equals("/harness/requests")) {
            requests.clear();
            reply(ex, 200, JSON.createObjectNode());
        } else if (method.equals("POST") && path.equals("/harness/runs")) {
            reply(ex, 200, jobs.addRun(JSON.readTree(body)));
        } else if (method.equals("POST") && path.equals("/harness/faults")) {
            JsonNode f = JSON.readTree(body);
            faults.add(new Fault(f.get("contains").asText(), f.get("error_code").asText(), f.get("message").asText()));
            reply(ex, 200, JSON.createObjectNode());
        } else if (method.equals("POST") && path.equals("/harness/holds")) {
            holds.add(JSON.readTree(body).get("contains").asText());
            reply(ex, 200, JSON.createObjectNode());
        } else if (method.equals("DELETE") && path.equals("/harness/faults")) {
            faults.clear();
            holds.clear();
            reply(ex, 200, JSON.createObjectNode());
        } else {
            reply(ex, 404, error("NOT_FOUND", "no control endpoint " + method + " " + path));
        }
    }

    private static ObjectNode error(String code, String message) {
        return Http.error(code, message);
    }

    private static void reply(HttpExchange ex, int code, JsonNode body) throws IOException {
        Http.reply(ex, code, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
