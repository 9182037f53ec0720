package clxs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job request as plain data: what {@code --dry-run} prints, with no workspace. */
class StreamJobTest {

    static final StreamJob JOB = StreamJob.of("smart_meter", "demo", "iot", "events").parameters(Map.of("seed", "42", "events_per_batch", "100"));

    @Test
    void aServerlessRequestHasOneNotebookTaskAndNoClusterFields() {
        String path = StreamJob.notebookPath("ana@example.com", "smart_meter", Instant.parse("2026-03-01T12:00:00Z"));
        assertEquals("/Users/ana@example.com/clxs/streaming_smart_meter_20260301T120000Z", path);
        JsonNode json = JOB.request(path).toJson();
        assertEquals(1, json.get("max_concurrent_runs").asInt());
        assertEquals("UNPAUSED", json.at("/schedule/pause_status").asText());
        assertEquals("0 0/5 * * * ?", json.at("/schedule/quartz_cron_expression").asText());
        assertEquals("UTC", json.at("/schedule/timezone_id").asText());
        assertEquals(Map.of("created_by", "clxs", "kind", "streaming-emit", "profile", "smart_meter", "stream", "demo.iot.events.smart_meter"),
                Map.of("created_by", json.at("/tags/created_by").asText(), "kind", json.at("/tags/kind").asText(),
                        "profile", json.at("/tags/profile").asText(), "stream", json.at("/tags/stream").asText()));
        assertEquals(4, json.get("tags").size());
        JsonNode task = json.at("/tasks/0");
        assertEquals(1, json.get("tasks").size());
        assertEquals("clxs_stream_smart_meter", task.get("task_key").asText());
        assertEquals(path, task.at("/notebook_task/notebook_path").asText());
        assertEquals("WORKSPACE", task.at("/notebook_task/source").asText());
        assertEquals("{\"catalog\":\"demo\",\"events_per_batch\":\"100\",\"profile\":\"smart_meter\",\"schema\":\"iot\",\"seed\":\"42\",\"volume\":\"events\"}",
                task.at("/notebook_task/base_parameters").toString());
        for (String cluster : new String[] {"new_cluster", "existing_cluster_id", "job_cluster_key", "environment_key"}) {
            assertFalse(task.has(cluster), "serverless: no " + cluster);
        }
    }

    @Test
    void aSingleNodeClusterWithoutRuntimeSaysItIsChosenAtCreation() {
        JsonNode cluster = JOB.compute(JobCompute.singleNode()).request("/Users/a/clxs/x").toJson().at("/tasks/0/new_cluster");
        assertEquals(0, cluster.get("num_workers").asInt());
        assertEquals("singleNode", cluster.at("/spark_conf/spark.databricks.cluster.profile").asText());
        assertEquals("SingleNode", cluster.at("/custom_tags/ResourceClass").asText());
        assertEquals(JobRequest.CHOSEN_AT_CREATION, cluster.get("spark_version").asText());
        JsonNode given = JOB.compute(JobCompute.singleNode("16.4.x-scala2.12", "i3.xlarge")).request("/Users/a/clxs/x").toJson().at("/tasks/0/new_cluster");
        assertEquals("16.4.x-scala2.12", given.get("spark_version").asText());
        assertEquals("i3.xlarge", given.get("node_type_id").asText());
    }

    @Test
    void theStreamsIdentityIsNotACallerParameterAndNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> JOB.parameters(Map.of("catalog", "other")));
        assertThrows(IllegalArgumentException.class, () -> StreamJob.of("smart meter", "demo", "iot", "events"));
        assertThrows(IllegalArgumentException.class, () -> StreamJob.of("smart_meter", "demo;drop", "iot", "events"));
        assertThrows(IllegalArgumentException.class, () -> StreamJob.notebookPath("a/b", "p", Instant.EPOCH));
        assertTrue(JOB.request("/x").toJsonString().contains("\n"), "the dry run prints indented JSON");
    }
}
