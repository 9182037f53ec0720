package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.jobs.JobCompute;
import clxs.jobs.JobRefusedException;
import clxs.jobs.JobSummary;
import clxs.jobs.NoSuchJobException;
import clxs.jobs.Schedule;
import clxs.jobs.ScheduledJob;
import clxs.jobs.StreamJob;
import clxs.support.Golden;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.ListJobsRequest;
import com.databricks.sdk.service.workspace.ExportFormat;
import com.databricks.sdk.service.workspace.ExportRequest;
import com.databricks.sdk.service.workspace.Language;
import com.databricks.sdk.service.workspace.ObjectInfo;
import com.databricks.sdk.service.workspace.ObjectType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scheduling streams as Jobs through the REAL databricks-sdk-java against the LOCAL server of
 * {@code harness/} (not Databricks: its Workspace and Jobs APIs keep everything in memory and never
 * run a job). The request bodies the SDK sends are compared with golden files; the notebook is a
 * small stand-in (the real one is generated from the stream profiles elsewhere).
 */
@UsesLocalWarehouse
class DatabricksJobsTest {

    static final String NOTEBOOK = """
            # Databricks notebook source
            # stand-in for the generated stream notebook
            dbutils.widgets.text("seed", "0")

            # COMMAND ----------
            print("emit one tick")
            """;
    static final Instant T1 = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-02T08:30:00Z");
    static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static LocalWarehouse warehouse;
    static Workspace workspace;

    @BeforeAll
    static void start() throws Exception {
        warehouse = LocalWarehouse.shared();
        workspace = warehouse.workspace();
    }

    static DatabricksJobs jobs(Instant at) {
        return DatabricksJobs.on(workspace).withClock(Clock.fixed(at, ZoneOffset.UTC));
    }

    static StreamJob stream(String profile, String volume) {
        return StreamJob.of(profile, "jobs_demo", "iot", volume).parameters(Map.of("seed", "42", "events_per_batch", "100", "destination", "volume"));
    }

    @Test
    void scheduleUploadsTheNotebookAndCreatesTheJobWithExactlyTheSpecifiedFields() throws Exception {
        warehouse.clearRequests();
        StreamJob job = stream("golden_meter", "events");
        ScheduledJob scheduled = jobs(T1).schedule(job, NOTEBOOK);

        String path = "/Users/local-user@example.com/clxs/streaming_golden_meter_20260301T120000Z";
        assertEquals("created", scheduled.action());
        assertEquals(path, scheduled.notebookPath());
        assertEquals(warehouse.url() + "/jobs/" + scheduled.jobId(), scheduled.jobUrl());
        assertEquals(List.of(), scheduled.warnings());

        List<JsonNode> sent = warehouse.requests("/api/2.0/workspace/");
        assertEquals(List.of("POST /api/2.0/workspace/mkdirs", "POST /api/2.0/workspace/import"), sent.stream().map(r -> r.get("method").asText() + " " + r.get("path").asText()).toList());
        assertEquals("{\"path\":\"/Users/local-user@example.com/clxs\"}", sent.get(0).get("body").asText());
        Golden.assertMatches("jobs-import.json", canonical(sent.get(1).get("body").asText()));
        JsonNode imported = CANONICAL.readTree(sent.get(1).get("body").asText());
        assertEquals(NOTEBOOK, new String(Base64.getDecoder().decode(imported.get("content").asText()), StandardCharsets.UTF_8));

        List<JsonNode> creates = warehouse.requests("/api/2.2/jobs/create");
        assertEquals(1, creates.size());
        String body = creates.get(0).get("body").asText();
        Golden.assertMatches("jobs-create.json", canonical(body));
        assertEquals(canonical(jobs(T1).request(job, path).toJsonString()), canonical(body), "the dry run prints exactly what is sent");
        assertTrue(warehouse.requests("/api/2.2/jobs/reset").isEmpty());

        // the notebook is in the workspace as sent
        ObjectInfo info = workspace.client().workspace().getStatus(path);
        assertEquals(ObjectType.NOTEBOOK, info.getObjectType());
        assertEquals(Language.PYTHON, info.getLanguage());
        String exported = workspace.client().workspace().export(new ExportRequest().setPath(path).setFormat(ExportFormat.SOURCE)).getContent();
        assertEquals(NOTEBOOK, new String(Base64.getDecoder().decode(exported), StandardCharsets.UTF_8));

        String json = CANONICAL.writeValueAsString(scheduled);
        assertTrue(json.contains("\"job_id\" : " + scheduled.jobId()) && json.contains("\"job_url\"") && json.contains("\"quartz_cron_expression\" : \"0 0/5 * * * ?\""), json);
    }

    @Test
    void reschedulingTheSameStreamResetsItsJobInsteadOfCreatingASecond() throws Exception {
        StreamJob job = stream("again_meter", "events");
        ScheduledJob first = jobs(T1).schedule(job, NOTEBOOK);
        warehouse.clearRequests();
        StreamJob hourly = job.schedule(Schedule.of("hourly", "Europe/Paris"));
        ScheduledJob second = jobs(T2).schedule(hourly, NOTEBOOK);

        assertEquals("updated", second.action());
        assertEquals(first.jobId(), second.jobId());
        assertTrue(warehouse.requests("/api/2.2/jobs/create").isEmpty(), "no second job");
        List<JsonNode> resets = warehouse.requests("/api/2.2/jobs/reset");
        assertEquals(1, resets.size());
        JsonNode reset = CANONICAL.readTree(resets.get(0).get("body").asText());
        assertEquals(first.jobId(), reset.get("job_id").asLong());
        Golden.assertMatches("jobs-reset.json", canonical(CANONICAL.writeValueAsString(reset.get("new_settings"))));

        List<JobSummary> listed = DatabricksJobs.on(workspace).list().stream().filter(j -> "jobs_demo.iot.events.again_meter".equals(j.stream())).toList();
        assertEquals(1, listed.size(), "one job for the stream");
        assertEquals("0 0 * * * ?", listed.get(0).quartzCronExpression());
        assertEquals("Europe/Paris", listed.get(0).timezoneId());
        // the first notebook was replaced: the workspace keeps the new one only
        assertThrows(NotFound.class, () -> workspace.client().workspace().getStatus(first.notebookPath()));
        assertEquals(ObjectType.NOTEBOOK, workspace.client().workspace().getStatus(second.notebookPath()).getObjectType());

        ScheduledJob other = jobs(T2).schedule(stream("again_meter", "other_volume"), NOTEBOOK);
        assertEquals("created", other.action(), "another volume is another stream");
        assertNotEquals(first.jobId(), other.jobId());
    }

    @Test
    void listShowsOnlyClxsJobsWithTheirScheduleStateAndLastRun() throws Exception {
        long foreign = workspace.client().jobs().create(new CreateJob().setName("someone else's job").setTags(Map.of("team", "finance"))).getJobId();
        ScheduledJob ran = jobs(T1).schedule(stream("listed_a", "events"), NOTEBOOK);
        ScheduledJob idle = jobs(T1).schedule(stream("listed_b", "events"), NOTEBOOK);
        JsonNode run = warehouse.addRun(ran.jobId(), "SUCCESS", T2.toEpochMilli());

        long all = 0;
        for (var j : workspace.client().jobs().list(new ListJobsRequest().setExpandTasks(false).setLimit(100L))) all++;
        assertTrue(all >= 3);
        warehouse.clearRequests();
        List<JobSummary> listed = DatabricksJobs.on(workspace).withPageSize(1).list();
        assertEquals(all, warehouse.requests("/api/2.2/jobs/list").size(), "walked every page, one job per page");
        assertFalse(listed.isEmpty());
        for (JobSummary j : listed) {
            assertTrue(j.clxs() && "clxs".equals(j.tags().get("created_by")), j.toString());
            assertNotEquals(foreign, j.jobId());
        }
        JobSummary a = listed.stream().filter(j -> j.jobId() == ran.jobId()).findFirst().orElseThrow();
        assertEquals("listed_a", a.profile());
        assertEquals("0 0/5 * * * ?", a.quartzCronExpression());
        assertEquals("UNPAUSED", a.pauseStatus());
        assertEquals(run.get("run_id").asLong(), a.lastRun().runId());
        assertEquals("TERMINATED", a.lastRun().state());
        assertEquals("SUCCESS", a.lastRun().result());
        assertEquals(T2.toString(), a.lastRun().startTime());
        JobSummary b = listed.stream().filter(j -> j.jobId() == idle.jobId()).findFirst().orElseThrow();
        assertNull(b.lastRun(), "never ran");
        String json = CANONICAL.writeValueAsString(a);
        assertTrue(json.contains("\"last_run\"") && json.contains("\"pause_status\" : \"UNPAUSED\""), json);
    }

    @Test
    void pauseResumeAndDeleteRefuseAJobWithoutTheTagUnlessForced() throws Exception {
        long foreign = workspace.client().jobs().create(new CreateJob().setName("payroll")
                .setSchedule(new com.databricks.sdk.service.jobs.CronSchedule().setQuartzCronExpression("0 0 1 * * ?").setTimezoneId("UTC"))).getJobId();
        DatabricksJobs jobs = DatabricksJobs.on(workspace);
        warehouse.clearRequests();
        JobRefusedException pause = assertThrows(JobRefusedException.class, () -> jobs.pause(foreign, false));
        assertTrue(pause.getMessage().contains("payroll") && pause.getMessage().contains("--force"), pause.getMessage());
        assertThrows(JobRefusedException.class, () -> jobs.resume(foreign, false));
        assertThrows(JobRefusedException.class, () -> jobs.delete(foreign, false));
        assertTrue(warehouse.requests("/api/2.2/jobs/update").isEmpty() && warehouse.requests("/api/2.2/jobs/delete").isEmpty(), "nothing was sent");
        assertEquals("payroll", jobs.get(foreign).name(), "still there");

        assertEquals("PAUSED", jobs.pause(foreign, true).pauseStatus(), "forced");
        jobs.delete(foreign, true);
        assertThrows(NoSuchJobException.class, () -> jobs.get(foreign));
    }

    @Test
    void clxsJobsArePausedResumedAndDeletedWithTheirNotebook() throws Exception {
        ScheduledJob s = jobs(T1).schedule(stream("paused_meter", "events"), NOTEBOOK);
        DatabricksJobs jobs = DatabricksJobs.on(workspace);
        warehouse.clearRequests();
        assertEquals("PAUSED", jobs.pause(s.jobId(), false).pauseStatus());
        List<JsonNode> updates = warehouse.requests("/api/2.2/jobs/update");
        assertEquals(1, updates.size());
        assertEquals("{\"job_id\":" + s.jobId() + ",\"new_settings\":{\"schedule\":{\"pause_status\":\"PAUSED\",\"quartz_cron_expression\":\"0 0/5 * * * ?\",\"timezone_id\":\"UTC\"}}}",
                updates.get(0).get("body").asText());
        JobSummary resumed = jobs.resume(s.jobId(), false);
        assertEquals("UNPAUSED", resumed.pauseStatus());
        assertEquals("0 0/5 * * * ?", resumed.quartzCronExpression(), "the schedule itself is kept");

        assertEquals(s.jobId(), jobs.delete(s.jobId(), false).jobId());
        assertThrows(NoSuchJobException.class, () -> jobs.get(s.jobId()));
        assertThrows(NotFound.class, () -> workspace.client().workspace().getStatus(s.notebookPath()), "its notebook went with it");
        assertTrue(jobs.list().stream().noneMatch(j -> j.jobId() == s.jobId()));
    }

    @Test
    void aSingleNodeClusterIsChosenFromTheWorkspaceWhenAsked() throws Exception {
        warehouse.clearRequests();
        ScheduledJob s = jobs(T1).schedule(stream("cluster_meter", "events").compute(JobCompute.singleNode()), NOTEBOOK);
        assertTrue(s.compute().contains("17.3.x-scala2.13") && s.compute().contains("m5d.large"), s.compute());
        Golden.assertMatches("jobs-create-cluster.json", canonical(warehouse.requests("/api/2.2/jobs/create").get(0).get("body").asText()));
    }

    @Test
    void badRequestsFailBeforeAnythingIsUploaded() throws Exception {
        warehouse.clearRequests();
        assertThrows(IllegalArgumentException.class, () -> jobs(T1).schedule(stream("bad_meter", "events"), "print('no header')"));
        assertTrue(warehouse.requests("/api/").isEmpty(), "nothing was sent");
        NoSuchJobException e = assertThrows(NoSuchJobException.class, () -> DatabricksJobs.on(workspace).get(987_654_321L));
        assertTrue(e.getMessage().contains("987654321"), e.getMessage());
    }

    /** The JSON with keys sorted, indented: stable for golden files whatever order a serializer used. */
    static String canonical(String json) throws Exception {
        Object tree = CANONICAL.readValue(json, Object.class);
        return CANONICAL.writeValueAsString(tree) + "\n";
    }
}
