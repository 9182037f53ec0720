package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.settings.Json;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.Golden;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.CronSchedule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clxs schedule} and {@code clxs jobs} as a user runs them: the CLI in its own JVM with the
 * environment of a configured workspace, calling the REAL databricks-sdk-java against the LOCAL
 * server of {@code harness/} (in memory: it keeps jobs and notebooks and logs every request, but
 * never runs a job; not Databricks). The dry run and bad input need no workspace.
 */
@UsesLocalWarehouse
class ScheduleCommandTest {

    static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static LocalWarehouse warehouse;
    static Map<String, String> env;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        warehouse = LocalWarehouse.shared();
        env = Map.of("DATABRICKS_HOST", warehouse.url(), "DATABRICKS_TOKEN", LocalWarehouse.TOKEN);
    }

    static String canonical(String json) throws Exception {
        return CANONICAL.writeValueAsString(CANONICAL.readValue(json, Object.class)) + "\n";
    }

    /** The notebook path with its time stamp masked: the CLI stamps it with the real clock. */
    static String masked(String json) {
        return json.replaceAll("(streaming_[a-z0-9_]+?_)\\d{8}T\\d{6}Z", "$1<yyyyMMddTHHmmssZ>");
    }

    static List<String> calls(List<JsonNode> requests) {
        return requests.stream().map(r -> r.get("method").asText() + " " + r.get("path").asText()).toList();
    }

    @Test
    void aDryRunPrintsTheJobRequestAndWritesTheNotebookWithoutAnyWorkspace() throws Exception {
        Path notebook = tmp.resolve("out/wind.py");
        // no DATABRICKS_* variables and an empty home: there is no workspace to call
        CliRun r = CliProcess.run(Map.of(), "schedule", "--profile", "wind_turbine", "--catalog", "sched_dry", "--seed", "42", "--num-devices", "12",
                "--cron", "hourly", "--time-zone", "Europe/Paris", "--dry-run", "--notebook-out", notebook.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode request = Json.MAPPER.readTree(r.out());
        assertEquals("0 0 * * * ?", request.at("/schedule/quartz_cron_expression").asText());
        assertEquals("Europe/Paris", request.at("/schedule/timezone_id").asText());
        assertEquals("42", request.at("/tasks/0/notebook_task/base_parameters/seed").asText());
        assertEquals("12", request.at("/tasks/0/notebook_task/base_parameters/num_devices").asText());
        assertTrue(request.at("/tasks/0/notebook_task/notebook_path").asText().startsWith("/Users/<me>/clxs/streaming_wind_turbine_"), request.toString());
        assertTrue(r.err().contains("Dry run: nothing was uploaded or created."), r.err());
        String nb = Files.readString(notebook);
        assertTrue(nb.startsWith("# Databricks notebook source\n") && nb.contains("\"seed\": \"42\"") && nb.contains("\"num_devices\": \"12\""), nb.substring(0, 200));

        CliRun drawn = CliRun.of("schedule", "--profile", "wind_turbine", "--catalog", "sched_dry", "--dry-run");
        assertEquals(0, drawn.exitCode(), drawn.toString());
        String seed = Json.MAPPER.readTree(drawn.out()).at("/tasks/0/notebook_task/base_parameters/seed").asText();
        assertTrue(drawn.err().contains("Seed " + seed + " was drawn; pass --seed " + seed), drawn.err());

        CliRun cluster = CliRun.of("schedule", "--profile", "wind_turbine", "--catalog", "sched_dry", "--seed", "1", "--cluster", "--dry-run");
        assertEquals(0, cluster.exitCode(), cluster.toString());
        assertEquals(0, Json.MAPPER.readTree(cluster.out()).at("/tasks/0/new_cluster/num_workers").asInt(), cluster.out());
    }

    @Test
    void scheduleUploadsTheNotebookAndCreatesTheJobThenReschedulingUpdatesIt() throws Exception {
        Path dry = tmp.resolve("dry.py");
        String[] stream = {"--profile", "smart_meter", "--catalog", "sched_cli", "--volume", "events", "--events-per-batch", "250", "--seed", "42"};
        assertEquals(0, CliRun.of(concat(stream, "schedule", "--dry-run", "--notebook-out", dry.toString())).exitCode());
        warehouse.clearRequests();
        CliRun created = CliProcess.run(env, concat(stream, "schedule", "--json"));
        assertEquals(0, created.exitCode(), created.toString());
        JsonNode job = Json.MAPPER.readTree(created.out());
        long id = job.get("job_id").asLong();
        assertEquals("created", job.get("action").asText());
        assertEquals(warehouse.url() + "/jobs/" + id, job.get("job_url").asText());
        assertEquals("given", job.get("seed_source").asText());
        assertEquals("/Volumes/sched_cli/iot/events/_state/smart_meter.json", job.get("state_path").asText());

        assertEquals(List.of("POST /api/2.0/workspace/mkdirs", "POST /api/2.0/workspace/import"), calls(warehouse.requests("/api/2.0/workspace/")));
        JsonNode imported = Json.MAPPER.readTree(warehouse.requests("/api/2.0/workspace/import").get(0).get("body").asText());
        assertEquals(Files.readString(dry), new String(Base64.getDecoder().decode(imported.get("content").asText()), StandardCharsets.UTF_8),
                "the uploaded notebook is the one the dry run wrote");
        assertEquals("SOURCE", imported.get("format").asText());
        assertEquals("PYTHON", imported.get("language").asText());
        assertEquals(job.get("notebook_path").asText(), imported.get("path").asText());
        assertTrue(imported.get("path").asText().matches("/Users/local-user@example.com/clxs/streaming_smart_meter_\\d{8}T\\d{6}Z"), imported.toString());

        List<JsonNode> creates = warehouse.requests("/api/2.2/jobs/create");
        assertEquals(1, creates.size());
        Golden.assertMatches("jobs-create-schedule.json", masked(canonical(creates.get(0).get("body").asText())));

        // again, another cron, no seed: the job is reset (not a second one) and keeps the stream's seed
        warehouse.clearRequests();
        CliRun again = CliProcess.run(env, "schedule", "--profile", "smart_meter", "--catalog", "sched_cli", "--volume", "events", "--events-per-batch", "250",
                "--cron", "0 0/10 * * * ?", "--num-devices", "20");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().startsWith("Updated job " + id + " for stream smart_meter -> sched_cli.iot.events\n"), again.out());
        assertTrue(again.out().contains("seed      42 (kept from job " + id + ")"), again.out());
        assertTrue(again.err().contains("warning: num_devices changes from 200 to 20") && again.err().contains("delete /Volumes/sched_cli/iot/events/_state/smart_meter.json"),
                again.err());
        assertTrue(warehouse.requests("/api/2.2/jobs/create").isEmpty(), "no second job");
        List<JsonNode> resets = warehouse.requests("/api/2.2/jobs/reset");
        assertEquals(1, resets.size());
        JsonNode reset = Json.MAPPER.readTree(resets.get(0).get("body").asText());
        assertEquals(id, reset.get("job_id").asLong());
        assertEquals("0 0/10 * * * ?", reset.at("/new_settings/schedule/quartz_cron_expression").asText());
        assertEquals("42", reset.at("/new_settings/tasks/0/notebook_task/base_parameters/seed").asText());
        assertEquals("20", reset.at("/new_settings/tasks/0/notebook_task/base_parameters/num_devices").asText());
    }

    @Test
    void badInputExitsWithTwoAndNothingIsUploadedOrCreated() throws Exception {
        String[] ok = {"schedule", "--profile", "smart_meter", "--catalog", "sched_bad"};
        Map<String[], String> cases = new java.util.LinkedHashMap<>();
        cases.put(new String[] {"--cron", "* * * * * ?"}, "Databricks needs at least 10 s between runs");
        cases.put(new String[] {"--time-zone", "Mars/Olympus"}, "'Mars/Olympus' is not a time zone id");
        cases.put(new String[] {"--events-per-batch", "20000"}, "events_per_batch 20000 is above the maximum 10000");
        cases.put(new String[] {"--volume", "my-volume"}, "'my-volume' may contain only letters, digits and underscores");
        cases.put(new String[] {"--cron", "0 0/5 * * *"}, "has 5 fields; a Quartz cron has 6");
        cases.put(new String[] {"--cron", "0 61 * * * ?"}, "is not a valid Quartz cron expression");
        cases.put(new String[] {"--interval-seconds", "0.01"}, "interval_seconds 0.01 is below the minimum 0.1");
        cases.put(new String[] {"--destination", "zerobus"}, "a scheduled stream writes to volume (files) or direct_table, not zerobus");
        cases.put(new String[] {"--late-rate", "1.5"}, "late_rate 1.5 must be 0..1");
        cases.put(new String[] {"--start-time", "yesterday"}, "--start-time 'yesterday' is not an ISO instant");
        warehouse.clearRequests();
        int i = 0;
        for (Map.Entry<String[], String> c : cases.entrySet()) {
            // the first four in a JVM with the workspace configured (were they not refused, requests would reach the harness); the rest in-process
            CliRun r = i++ < 4 ? CliProcess.run(env, concat(c.getKey(), ok)) : CliRun.of(concat(c.getKey(), ok));
            assertEquals(2, r.exitCode(), String.join(" ", c.getKey()) + "\n" + r);
            assertTrue(r.err().contains(c.getValue()), String.join(" ", c.getKey()) + "\n" + r.err());
            assertEquals("", r.out(), "nothing printed on bad input");
        }
        CliRun unknown = CliRun.of("schedule", "--profile", "toaster", "--catalog", "x");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown profile 'toaster'"), unknown.err());
        assertEquals(List.of(), calls(warehouse.requests("/api/")), "nothing was sent to the workspace");

        // no workspace configured: said so, exit 2
        CliRun none = CliProcess.run(Map.of(), ok);
        assertEquals(2, none.exitCode(), none.toString());
        assertTrue(none.err().contains("no Databricks workspace is configured") && none.err().contains("--host URL or --databricks-profile NAME"), none.err());
        assertFalse(none.err().contains(LocalWarehouse.TOKEN));
    }

    @Test
    void jobsListShowsOnlyClxsJobsAndPauseResumeDeleteRefuseOthersUnlessForced() throws Exception {
        long foreign = warehouse.workspace().client().jobs().create(new CreateJob().setName("nightly payroll").setTags(Map.of("team", "finance"))
                .setSchedule(new CronSchedule().setQuartzCronExpression("0 0 1 * * ?").setTimezoneId("UTC"))).getJobId();
        CliRun created = CliProcess.run(env, "schedule", "--profile", "pos_terminal", "--catalog", "sched_jobs", "--seed", "5", "--json");
        assertEquals(0, created.exitCode(), created.toString());
        long ours = Json.MAPPER.readTree(created.out()).get("job_id").asLong();

        CliRun list = CliProcess.run(env, "jobs", "list", "--json");
        assertEquals(0, list.exitCode(), list.toString());
        List<Long> ids = new ArrayList<>();
        for (JsonNode j : Json.MAPPER.readTree(list.out())) {
            assertEquals("clxs", j.at("/tags/created_by").asText(), j.toString());
            ids.add(j.get("job_id").asLong());
        }
        assertTrue(ids.contains(ours) && !ids.contains(foreign), ids.toString());
        CliRun table = CliProcess.run(env, "jobs", "list");
        assertEquals(0, table.exitCode(), table.toString());
        String row = table.out().lines().filter(l -> l.contains("sched_jobs.iot.events_volume.pos_terminal")).findFirst().orElseThrow(() -> new AssertionError(table.toString()));
        assertTrue(row.contains("0 0/5 * * * ? (UTC)") && row.contains("UNPAUSED") && row.contains("never") && row.contains("/jobs/" + ours), row);
        assertFalse(table.out().contains("nightly payroll"));

        warehouse.clearRequests();
        for (String verb : List.of("pause", "resume", "delete")) {
            CliRun refused = CliProcess.run(env, "jobs", verb, Long.toString(foreign));
            assertEquals(2, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("was not created by clxs") && refused.err().contains("--force"), refused.err());
        }
        assertTrue(warehouse.requests("/api/2.2/jobs/update").isEmpty() && warehouse.requests("/api/2.2/jobs/delete").isEmpty(), "nothing was changed");

        CliRun paused = CliProcess.run(env, "jobs", "pause", Long.toString(ours), "--json");
        assertEquals(0, paused.exitCode(), paused.toString());
        assertEquals("PAUSED", Json.MAPPER.readTree(paused.out()).get("pause_status").asText());
        CliRun resumed = CliProcess.run(env, "jobs", "resume", Long.toString(ours));
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.out().contains("Resumed job " + ours), resumed.out());
        CliRun deleted = CliProcess.run(env, "jobs", "delete", Long.toString(ours));
        assertEquals(0, deleted.exitCode(), deleted.toString());
        assertTrue(deleted.out().contains("delete /Volumes/sched_jobs/iot/events_volume/_state/pos_terminal.json to start over"), deleted.out());
        CliRun forced = CliProcess.run(env, "jobs", "delete", Long.toString(foreign), "--force");
        assertEquals(0, forced.exitCode(), forced.toString());
        assertEquals(2, warehouse.requests("/api/2.2/jobs/delete").size());
        CliRun gone = CliProcess.run(env, "jobs", "pause", Long.toString(ours));
        assertEquals(2, gone.exitCode(), gone.toString());
        assertTrue(gone.err().contains("there is no job " + ours), gone.err());
        assertNotEquals(ours, foreign);
    }

    static String[] concat(String[] a, String... first) {
        String[] out = new String[first.length + a.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(a, 0, out, first.length, a.length);
        return out;
    }
}
