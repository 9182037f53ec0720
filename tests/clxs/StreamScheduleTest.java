package clxs;

import static clxs.Clxs.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.stream.Destination;
import clxs.jobs.InvalidScheduleException;
import clxs.jobs.ScheduleDryRun;
import clxs.jobs.ScheduledStreamJob;
import clxs.stream.DeviceProfiles;
import clxs.stream.InvalidStreamSettingsException;
import clxs.support.LocalWarehouse;
import clxs.support.UsesLocalWarehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code demo(..).stream(PROFILE).schedule(cron)}: the DSL's schedule step, as plain data (dry run)
 * and against the LOCAL server of {@code harness/} through the REAL databricks-sdk-java (create).
 */
@UsesLocalWarehouse
class StreamScheduleTest {

    @Test
    void theScheduleStepIsImmutableAndItsDryRunNeedsNoWorkspace() {
        StreamSchedule every5 = demo("dsl_demo").stream(DeviceProfiles.WEARABLE_HEALTH).seed(9).devices(30).eventsPerBatch(60)
                .destination(Destination.DIRECT_TABLE).schedule("every-5-min");
        StreamSchedule paris = every5.timeZone("Europe/Paris").singleNodeCluster().maxLag(Duration.ZERO);
        assertEquals("UTC", every5.definition().schedule().timeZone(), "each step returns a new schedule");
        assertTrue(every5.seedGiven());
        assertEquals(9, paris.seed());

        ScheduleDryRun plan = paris.dryRun();
        JsonNode request = plan.request().toJson();
        assertEquals("Europe/Paris", request.at("/schedule/timezone_id").asText());
        assertEquals("direct_table", request.at("/tasks/0/notebook_task/base_parameters/destination").asText());
        assertEquals("0", request.at("/tasks/0/notebook_task/base_parameters/max_lag_seconds").asText());
        assertEquals("60", request.at("/tasks/0/notebook_task/base_parameters/events_per_batch").asText());
        assertTrue(request.at("/tasks/0/new_cluster").isObject());
        assertEquals("/Volumes/dsl_demo/iot/events_volume/_state/wearable_health.json", plan.statePath());
        assertTrue(plan.notebook().contains("\"destination\": \"direct_table\""));
        assertEquals("dsl_demo.iot.bronze_wearable_health", paris.definition().landsIn());

        StreamSchedule drawn = demo("dsl_demo").stream(DeviceProfiles.WEARABLE_HEALTH).schedule("hourly");
        assertFalse(drawn.seedGiven(), "no seed given: one is drawn, since a schedule needs a fixed seed");
        assertEquals(Long.toString(drawn.seed()), drawn.dryRun().request().toJson().at("/tasks/0/notebook_task/base_parameters/seed").asText());
    }

    @Test
    void badSchedulesFailWhenTheStepIsMade() {
        var spec = demo("dsl_demo").stream(DeviceProfiles.SMART_METER).seed(1);
        assertEquals("cron", assertThrows(InvalidScheduleException.class, () -> spec.schedule("every 5 minutes")).setting());
        assertEquals("time_zone", assertThrows(InvalidScheduleException.class, () -> spec.schedule("hourly").timeZone("+02:00")).setting());
        assertEquals("destination", assertThrows(InvalidScheduleException.class, () -> spec.destination(Destination.STDOUT).schedule("hourly")).setting());
        assertEquals("backfill", assertThrows(InvalidScheduleException.class, () -> spec.backfill(Duration.ofHours(1)).schedule("hourly")).setting());
        assertThrows(InvalidStreamSettingsException.class, () -> spec.eventsPerBatch(0).schedule("hourly"));
    }

    @Test
    void createSchedulesTheJobAndAgainUpdatesItKeepingTheStreamsSeed() throws Exception {
        LocalWarehouse warehouse = LocalWarehouse.shared();
        var spec = demo("dsl_jobs").stream(DeviceProfiles.SERVER_METRICS).volume("metrics");
        ScheduledStreamJob first = spec.seed(77).schedule("every-5-min").create(warehouse.workspace());
        assertEquals("created", first.action());
        assertEquals(77, first.seed());
        assertEquals("given", first.seedSource());
        assertEquals(List.of(), first.warnings());

        warehouse.clearRequests();
        StreamSchedule unseeded = spec.schedule("hourly");
        assertNotEquals(77, unseeded.seed());
        ScheduledStreamJob second = unseeded.create(warehouse.workspace());
        assertEquals("updated", second.action());
        assertEquals(first.jobId(), second.jobId());
        assertEquals(77, second.seed(), "rescheduling without a seed continues the same stream");
        assertEquals("kept from job " + first.jobId(), second.seedSource());
        assertEquals(1, warehouse.requests("/api/2.2/jobs/reset").size());
        assertTrue(warehouse.requests("/api/2.2/jobs/create").isEmpty());
        String body = warehouse.requests("/api/2.0/workspace/import").get(0).get("body").asText();
        String notebook = new String(java.util.Base64.getDecoder().decode(clxs.settings.Json.MAPPER.readTree(body).get("content").asText()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(notebook.contains("\"seed\": \"77\""), "the uploaded notebook carries the kept seed");
    }
}
