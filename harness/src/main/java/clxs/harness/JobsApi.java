package clxs.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Jobs API 2.2, in memory, as databricks-sdk-java's {@code jobs()} calls it: {@code create},
 * {@code reset}, {@code update}, {@code get}, {@code list} (token pagination, {@code limit} 1..100,
 * tasks only with {@code expand_tasks}), {@code delete}, {@code runs/list}; and the cluster facts a
 * job cluster is chosen from ({@code /api/2.1/clusters/spark-versions}, {@code list-node-types}).
 *
 * <p>Nothing is ever scheduled or run: runs exist only when a test adds one with
 * {@code POST /harness/runs}. {@code update} replaces the top-level fields it is given (Databricks
 * merges {@code tasks} by task key; this does not). Settings are kept as sent.
 */
final class JobsApi {

    private static final String JOBS = "/api/2.2/jobs/";
    private static final int MAX_TAGS = 25;

    private record Job(long id, long createdTime, ObjectNode settings) {}

    private final Map<Long, Job> jobs = new ConcurrentSkipListMap<>();
    private final List<ObjectNode> runs = new CopyOnWriteArrayList<>();
    private final AtomicLong jobIds = new AtomicLong(100);
    private final AtomicLong runIds = new AtomicLong(5000);

    void handle(HttpExchange ex, String method, String path, byte[] body) throws IOException {
        if (path.equals("/api/2.1/clusters/spark-versions")) {
            Http.reply(ex, 200, sparkVersions());
            return;
        }
        if (path.equals("/api/2.1/clusters/list-node-types")) {
            Http.reply(ex, 200, nodeTypes());
            return;
        }
        Map<String, String> q = Http.query(ex);
        JsonNode in = method.equals("POST") ? Http.JSON.readTree(body) : null;
        switch (method + " " + path.substring(JOBS.length())) {
            case "POST create" -> {
                ObjectNode settings = in.deepCopy();
                settings.remove("access_control_list");
                validate(settings);
                long id = jobIds.incrementAndGet();
                jobs.put(id, new Job(id, System.currentTimeMillis(), settings));
                Http.reply(ex, 200, Http.JSON.createObjectNode().put("job_id", id));
            }
            case "POST reset" -> {
                Job j = job(in.path("job_id").asLong());
                ObjectNode settings = ((ObjectNode) in.path("new_settings")).deepCopy();
                validate(settings);
                jobs.put(j.id, new Job(j.id, j.createdTime, settings));
                Http.reply(ex, 200, Http.JSON.createObjectNode());
            }
            case "POST update" -> {
                Job j = job(in.path("job_id").asLong());
                ObjectNode settings = j.settings.deepCopy();
                in.path("new_settings").fields().forEachRemaining(f -> settings.set(f.getKey(), f.getValue()));
                in.path("fields_to_remove").forEach(f -> settings.remove(f.asText()));
                validate(settings);
                jobs.put(j.id, new Job(j.id, j.createdTime, settings));
                Http.reply(ex, 200, Http.JSON.createObjectNode());
            }
            case "POST delete" -> {
                Job j = job(in.path("job_id").asLong());
                jobs.remove(j.id);
                runs.removeIf(r -> r.path("job_id").asLong() == j.id);
                Http.reply(ex, 200, Http.JSON.createObjectNode());
            }
            case "GET get" -> Http.reply(ex, 200, describe(job(Long.parseLong(q.getOrDefault("job_id", "0"))), true));
            case "GET list" -> Http.reply(ex, 200, list(q));
            case "GET runs/list" -> Http.reply(ex, 200, listRuns(q));
            default -> throw Http.notFound("ENDPOINT_NOT_FOUND", "local warehouse: no " + method + " " + path);
        }
    }

    /** {@code POST /harness/runs}: a finished (or, without {@code result_state}, running) run of a job. */
    ObjectNode addRun(JsonNode in) {
        Job j = job(in.path("job_id").asLong());
        long id = runIds.incrementAndGet();
        long start = in.path("start_time").asLong(System.currentTimeMillis());
        String result = in.hasNonNull("result_state") ? in.get("result_state").asText() : null;
        ObjectNode run = Http.JSON.createObjectNode().put("job_id", j.id).put("run_id", id)
                .put("run_name", j.settings.path("name").asText("Untitled")).put("run_type", "JOB_RUN").put("trigger", "PERIODIC")
                .put("start_time", start).put("run_page_url", "/jobs/" + j.id + "/runs/" + id);
        ObjectNode state = run.putObject("state").put("life_cycle_state", result == null ? "RUNNING" : "TERMINATED").put("state_message", "");
        ObjectNode status = run.putObject("status").put("state", result == null ? "RUNNING" : "TERMINATED");
        if (result != null) {
            run.put("end_time", in.path("end_time").asLong(start + 60_000));
            state.put("result_state", result);
            status.putObject("termination_details").put("code", result.equals("SUCCESS") ? "SUCCESS" : "RUN_EXECUTION_ERROR")
                    .put("type", result.equals("SUCCESS") ? "SUCCESS" : "CLIENT_ERROR");
        }
        runs.add(run);
        return run;
    }

    private void validate(ObjectNode settings) {
        JsonNode schedule = settings.path("schedule");
        if (!schedule.isMissingNode()) {
            if (schedule.path("quartz_cron_expression").asText("").isBlank()) throw Http.badRequest("INVALID_PARAMETER_VALUE", "Missing required field: schedule.quartz_cron_expression");
            if (schedule.path("timezone_id").asText("").isBlank()) throw Http.badRequest("INVALID_PARAMETER_VALUE", "Missing required field: schedule.timezone_id");
        }
        if (settings.path("tags").size() > MAX_TAGS) throw Http.badRequest("INVALID_PARAMETER_VALUE", "A job can have at most " + MAX_TAGS + " tags.");
        for (JsonNode t : settings.path("tasks")) {
            if (t.path("task_key").asText("").isBlank()) throw Http.badRequest("INVALID_PARAMETER_VALUE", "Missing required field: task_key");
        }
    }

    private Job job(long id) {
        Job j = jobs.get(id);
        // Databricks answers an unknown job id with 400 INVALID_PARAMETER_VALUE, not 404
        if (j == null) throw Http.badRequest("INVALID_PARAMETER_VALUE", "Job " + id + " does not exist.");
        return j;
    }

    private ObjectNode describe(Job j, boolean withTasks) {
        ObjectNode settings = j.settings.deepCopy();
        if (!withTasks) {
            settings.remove("tasks");
            settings.remove("job_clusters");
        }
        ObjectNode o = Http.JSON.createObjectNode().put("job_id", j.id).put("creator_user_name", WorkspaceApi.USER)
                .put("created_time", j.createdTime);
        if (withTasks) o.put("run_as_user_name", WorkspaceApi.USER);
        o.set("settings", settings);
        return o;
    }

    private ObjectNode list(Map<String, String> q) {
        int limit = limit(q, 20, 100);
        boolean expand = Boolean.parseBoolean(q.getOrDefault("expand_tasks", "false"));
        String name = q.get("name");
        List<Job> all = jobs.values().stream().filter(j -> name == null || name.equals(j.settings.path("name").asText())).toList();
        ObjectNode out = Http.JSON.createObjectNode();
        ArrayNode a = Http.JSON.createArrayNode();
        int from = offset(q);
        all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size())).forEach(j -> a.add(describe(j, expand)));
        if (!a.isEmpty()) out.set("jobs", a);
        boolean more = from + limit < all.size();
        out.put("has_more", more);
        if (more) out.put("next_page_token", Integer.toString(from + limit));
        return out;
    }

    private ObjectNode listRuns(Map<String, String> q) {
        int limit = limit(q, 20, 25);
        Long jobId = q.containsKey("job_id") ? Long.parseLong(q.get("job_id")) : null;
        boolean active = Boolean.parseBoolean(q.getOrDefault("active_only", "false"));
        boolean completed = Boolean.parseBoolean(q.getOrDefault("completed_only", "false"));
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode r : runs) {
            boolean done = r.path("state").path("life_cycle_state").asText().equals("TERMINATED");
            if ((jobId == null || r.path("job_id").asLong() == jobId) && (!active || !done) && (!completed || done)) matching.add(r);
        }
        matching.sort(Comparator.comparingLong((ObjectNode r) -> r.path("start_time").asLong()).reversed());
        ObjectNode out = Http.JSON.createObjectNode();
        int from = offset(q);
        ArrayNode a = Http.JSON.createArrayNode();
        for (Iterator<ObjectNode> it = matching.subList(Math.min(from, matching.size()), Math.min(from + limit, matching.size())).iterator(); it.hasNext();) a.add(it.next());
        if (!a.isEmpty()) out.set("runs", a);
        boolean more = from + limit < matching.size();
        out.put("has_more", more);
        if (more) out.put("next_page_token", Integer.toString(from + limit));
        return out;
    }

    private static int limit(Map<String, String> q, int dflt, int max) {
        int limit = Integer.parseInt(q.getOrDefault("limit", Integer.toString(dflt)));
        if (limit < 1 || limit > max) throw Http.badRequest("INVALID_PARAMETER_VALUE", "limit must be between 1 and " + max + ", got " + limit);
        return limit;
    }

    /** The page token is the offset of the next item; {@code offset} is the older way to ask for the same. */
    private static int offset(Map<String, String> q) {
        return Integer.parseInt(q.getOrDefault("page_token", q.getOrDefault("offset", "0")));
    }

    /** A few runtimes as a workspace lists them: two LTS, one not, one ML (the SDK's selector picks among them). */
    private static ObjectNode sparkVersions() {
        ObjectNode out = Http.JSON.createObjectNode();
        ArrayNode v = out.putArray("versions");
        v.addObject().put("key", "15.4.x-scala2.12").put("name", "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)");
        v.addObject().put("key", "17.3.x-scala2.13").put("name", "17.3 LTS (includes Apache Spark 4.0.0, Scala 2.13)");
        v.addObject().put("key", "17.2.x-scala2.13").put("name", "17.2 (includes Apache Spark 4.0.0, Scala 2.13)");
        v.addObject().put("key", "17.3.x-cpu-ml-scala2.13").put("name", "17.3 LTS ML (includes Apache Spark 4.0.0, Scala 2.13)");
        return out;
    }

    /** Three AWS node types; the smallest with a local disk is {@code m5d.large}. */
    private static ObjectNode nodeTypes() {
        ObjectNode out = Http.JSON.createObjectNode();
        ArrayNode a = out.putArray("node_types");
        nodeType(a, "m5d.large", 8192, 2, 1, 75);
        nodeType(a, "m5d.xlarge", 16384, 4, 1, 150);
        nodeType(a, "m5.large", 8192, 2, 0, 0);
        return out;
    }

    private static void nodeType(ArrayNode a, String id, long memoryMb, int cores, int disks, int diskGb) {
        ObjectNode n = a.addObject().put("node_type_id", id).put("memory_mb", memoryMb).put("num_cores", (double) cores).put("num_gpus", 0)
                .put("description", id).put("instance_type_id", id).put("is_deprecated", false).put("category", "General Purpose");
        ObjectNode it = n.putObject("node_instance_type").put("instance_type_id", id);
        if (disks > 0) it.put("local_disks", disks).put("local_disk_size_gb", diskGb);
    }
}
