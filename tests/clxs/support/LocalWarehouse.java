package clxs.support;

import clxs.databricks.Workspace;
import com.databricks.sdk.core.DatabricksConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local warehouse of {@code harness/} (Spark 4 + Delta 4 behind the SQL Statement Execution
 * API): built with Maven on first use and started once per test JVM by {@code harness/run}, in its
 * own JVM so Spark's dependencies stay out of ours. It is local and it is not Databricks: it records the statement
 * kinds OSS Spark cannot run instead of running them (see {@code harness/README.md}).
 */
public final class LocalWarehouse {

    /** The token the server accepts; recognisable, so tests can prove it never leaks. */
    public static final String TOKEN = "dapi-CLXS-FAKE-SECRET-7f3a9c";
    private static final Path HARNESS = Paths.get("harness").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalWarehouse shared;

    private final Process process;
    private final String url;
    private final Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalWarehouse(Process process, String url, Path dir) {
        this.process = process;
        this.url = url;
        this.dir = dir;
    }

    /** The warehouse of this test JVM, built (by {@code harness/run}) and started on first use; the first build downloads Spark. */
    public static synchronized LocalWarehouse shared() throws IOException {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "local-warehouse-stop"));
        }
        return shared;
    }

    private static LocalWarehouse start() throws IOException {
        Path dir = Files.createTempDirectory("clxs-local-warehouse");
        Process p = new ProcessBuilder(HARNESS.resolve("run").toString(), "0", TOKEN, dir.toString())
                .redirectError(dir.resolve("stderr.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("local warehouse listening on ")) {
                String url = line.substring("local warehouse listening on ".length()).strip();
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "local-warehouse-stdout");
                drain.setDaemon(true);
                drain.start();
                return new LocalWarehouse(p, url, dir);
            }
        }
        throw new IllegalStateException("the local warehouse did not start; see " + dir.resolve("stderr.log") + ":\n" + Files.readString(dir.resolve("stderr.log")));
    }

    /**
     * Stops the warehouse's JVM as a user would (SIGTERM, so Spark runs its own shutdown hooks), forcibly
     * after 20 s, then removes its directory: tables, volumes and Spark's scratch. The suite leaves nothing in /tmp.
     */
    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a shutdown hook has nobody to report to; what is left stays in the temp directory
        }
    }

    public String url() {
        return url;
    }

    /** A workspace on this warehouse, as the SDK's unified auth would build it from a host and a token. */
    public Workspace workspace() {
        return Workspace.of(new DatabricksConfig().setHost(url).setToken(TOKEN), "local");
    }

    /** Every statement received since the last {@link #clearStatements()}, with its outcome. */
    public List<JsonNode> statements() throws IOException, InterruptedException {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(send("GET", "/harness/statements", null)).forEach(out::add);
        return out;
    }

    public void clearStatements() throws IOException, InterruptedException {
        send("DELETE", "/harness/statements", null);
    }

    /** Fails every statement containing {@code contains} with a Databricks-style error. */
    public void fault(String contains, String errorCode, String message) throws IOException, InterruptedException {
        send("POST", "/harness/faults", JSON.createObjectNode().put("contains", contains).put("error_code", errorCode).put("message", message).toString());
    }

    /** Leaves every statement containing {@code contains} RUNNING until the client cancels it (cleared with the faults). */
    public void hold(String contains) throws IOException, InterruptedException {
        send("POST", "/harness/holds", JSON.createObjectNode().put("contains", contains).toString());
    }

    /**
     * Every {@code /api/} request received (method, path, query, body as text) whose path starts
     * with {@code pathPrefix}, in arrival order, since the last {@link #clearRequests()}.
     */
    public List<JsonNode> requests(String pathPrefix) throws IOException, InterruptedException {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(send("GET", "/harness/requests?path=" + java.net.URLEncoder.encode(pathPrefix, StandardCharsets.UTF_8), null)).forEach(out::add);
        return out;
    }

    public void clearRequests() throws IOException, InterruptedException {
        send("DELETE", "/harness/requests", null);
    }

    /** Adds a finished run to a job (the local warehouse never runs jobs itself); returns the run as the Jobs API shows it. */
    public JsonNode addRun(long jobId, String resultState, long startMillis) throws IOException, InterruptedException {
        return JSON.readTree(send("POST", "/harness/runs", JSON.createObjectNode().put("job_id", jobId).put("result_state", resultState)
                .put("start_time", startMillis).toString()));
    }

    /** Clears the faults and the holds. */
    public void clearFaults() throws IOException, InterruptedException {
        send("DELETE", "/harness/faults", null);
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
