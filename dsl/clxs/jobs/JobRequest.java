package clxs.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A Jobs API 2.2 {@code jobs/create} request (the same settings go to {@code jobs/reset}) as plain
 * data: one notebook task, a Quartz schedule that starts unpaused, one run at a time, the clxs
 * tags. {@link #toJson()} is the request body; the Databricks client sends exactly this JSON, so
 * what a dry run prints is what a workspace receives.
 *
 * <p>Serverless is the absence of cluster fields. A single-node cluster is a task
 * {@code new_cluster} with no workers, the single-node profile and dedicated (single user) access,
 * which Unity Catalog volumes need.
 */
public record JobRequest(String name, String taskKey, String notebookPath, Map<String, String> baseParameters, Schedule schedule,
        JobCompute compute, Map<String, String> tags, int maxConcurrentRuns) {

    /** What a dry run prints for a cluster setting chosen only when the job is created. */
    public static final String CHOSEN_AT_CREATION = "(chosen when the job is created)";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public JobRequest {
        baseParameters = Map.copyOf(baseParameters);
        tags = Map.copyOf(tags);
    }

    /** The request body, keys sorted. */
    public ObjectNode toJson() {
        ObjectNode job = JSON.createObjectNode();
        job.put("max_concurrent_runs", maxConcurrentRuns);
        job.put("name", name);
        job.putObject("schedule").put("pause_status", "UNPAUSED").put("quartz_cron_expression", schedule.quartzCron()).put("timezone_id", schedule.timeZone());
        ObjectNode t = job.putObject("tags");
        new java.util.TreeMap<>(tags).forEach(t::put);
        ObjectNode task = job.putArray("tasks").addObject();
        if (compute instanceof JobCompute.SingleNodeCluster c) {
            ObjectNode cluster = task.putObject("new_cluster");
            cluster.putObject("custom_tags").put("ResourceClass", "SingleNode");
            cluster.put("data_security_mode", "SINGLE_USER");
            cluster.put("node_type_id", c.nodeTypeId() == null ? CHOSEN_AT_CREATION : c.nodeTypeId());
            cluster.put("num_workers", 0);
            cluster.putObject("spark_conf").put("spark.databricks.cluster.profile", "singleNode").put("spark.master", "local[*]");
            cluster.put("spark_version", c.sparkVersion() == null ? CHOSEN_AT_CREATION : c.sparkVersion());
        }
        ObjectNode notebook = task.putObject("notebook_task");
        ObjectNode params = notebook.putObject("base_parameters");
        new java.util.TreeMap<>(baseParameters).forEach(params::put);
        notebook.put("notebook_path", notebookPath).put("source", "WORKSPACE");
        task.put("task_key", taskKey);
        return job;
    }

    /** {@link #toJson()}, indented: what {@code --dry-run} prints. */
    public String toJsonString() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
