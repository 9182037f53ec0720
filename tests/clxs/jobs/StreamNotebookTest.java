package clxs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.stream.Destination;
import clxs.stream.StreamLocation;
import clxs.plan.ObjectName;
import clxs.settings.Json;
import clxs.sink.NdjsonFileSink;
import clxs.sql.Dialect;
import clxs.sql.RowSchemaSql;
import clxs.stream.DeviceProfiles;
import clxs.stream.Emitter;
import clxs.stream.ProfileJson;
import clxs.stream.StreamListener;
import clxs.stream.StreamSettings;
import clxs.stream.StreamState;
import clxs.support.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled stream's notebook, run for real with the machine's {@code python3} (standard
 * library only): {@code /Volumes} is a temporary folder ({@code CLXS_VOLUMES_ROOT}); the table
 * destination runs through small stand-ins for {@code dbutils} and {@code spark}
 * ({@code tests/resources/jobs/databricks_standins.py}) that record widgets, SQL and appended rows:
 * they are not Databricks. Consecutive runs must give the events of one continuous clxs run.
 */
class StreamNotebookTest {

    static final Path STANDINS = Paths.get("tests", "resources", "jobs", "databricks_standins.py");
    static final StreamLocation WHERE = new StreamLocation("sched", "iot", "events");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsPython() {
        Assumptions.assumeTrue(python(Map.of(), "--version").exit == 0, "python3 is on the PATH");
    }

    record Result(int exit, String out, String err) {}

    static Result python(Map<String, String> env, String... args) {
        try {
            List<String> cmd = new ArrayList<>(List.of("python3"));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().keySet().removeIf(k -> k.startsWith("CLXS_"));
            pb.environment().putAll(env);
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            p.waitFor(120, TimeUnit.SECONDS);
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            return new Result(-1, "", e.toString());
        }
    }

    /** A whole second some minutes ago: every tick of the tests is already due, and within the default max lag. */
    static Instant recent() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(10));
    }

    static ScheduledStream meters(int ticks, Instant start) {
        StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(7).eventsPerBatch(40).intervalSeconds(5).totalDurationSeconds(5 * ticks).seed(42L);
        return ScheduledStream.of(s, WHERE, Destination.VOLUME, Schedule.EVERY_5_MINUTES, JobCompute.serverless()).startTime(start);
    }

    Path write(ScheduledStream s, String name) throws IOException {
        return Files.writeString(tmp.resolve(name), s.notebook());
    }

    Result run(Path notebook, Path volumes, String... envPairs) {
        Map<String, String> env = new HashMap<>();
        env.put("CLXS_VOLUMES_ROOT", volumes.toString());
        for (int i = 0; i < envPairs.length; i += 2) env.put(envPairs[i], envPairs[i + 1]);
        Result r = python(env, notebook.toString());
        return r;
    }

    /** File name → content, in name order. */
    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> f = Files.list(dir)) {
            for (Path p : f.filter(Files::isRegularFile).toList()) out.put(p.getFileName().toString(), Files.readString(p));
        }
        return out;
    }

    static long lines(Map<String, String> files) {
        return files.values().stream().mapToLong(c -> c.lines().count()).sum();
    }

    @Test
    void twoRunsOfNTicksWriteTheFilesOfOneClxsStreamRunOf2NTicks() throws Exception {
        Instant start = recent();
        Path local = tmp.resolve("local");
        CliRun cli = CliRun.of("stream", "--profile", "smart_meter", "--catalog", "sched", "--schema", "iot", "--volume", "events", "--num-devices", "7",
                "--events-per-batch", "40", "--interval-seconds", "5", "--total-duration-seconds", "60", "--start-time", start.toString(), "--seed", "42",
                "--no-join", "--local-dir", local.toString());
        assertEquals(0, cli.exitCode(), cli.toString());
        Map<String, String> continuous = files(local.resolve("volumes/sched/iot/events/smart_meter"));
        assertEquals(12, continuous.size(), continuous.keySet().toString());
        assertEquals(480, lines(continuous));

        Path notebook = write(meters(6, start), "smart_meter.py");
        Path volumes = tmp.resolve("Volumes");
        Result first = run(notebook, volumes);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("No saved state at " + volumes.resolve("sched/iot/events/_state/smart_meter.json") + ": the stream starts over at event 1"), first.out());
        Result second = run(notebook, volumes);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("Resuming from ") && second.out().contains("(run 2): event 241, tick 6"), second.out());
        assertFalse(second.out().contains("jumps"), second.out());

        Map<String, String> scheduled = files(volumes.resolve("sched/iot/events/smart_meter"));
        assertEquals(continuous.keySet(), scheduled.keySet(), "the same batch file names: times and sequence numbers");
        assertEquals(continuous, scheduled, "byte-identical events");

        JsonNode state = Json.MAPPER.readTree(volumes.resolve("sched/iot/events/_state/smart_meter.json").toFile());
        assertEquals("clxs-scheduled-stream/1", state.get("format").asText());
        assertEquals(2, state.get("runs").asInt());
        assertEquals(481, state.at("/stream/next_event_id").asLong());
        assertEquals(start.plusSeconds(60), Instant.parse(state.get("next_tick_time").asText()), "the state carries the next tick's time");
        assertEquals(481, StreamState.fromJson(state.get("stream").toString()).nextEventId(), "the stream part is clxs's own state, readable by Java");
        try (Stream<Path> left = Files.list(volumes.resolve("sched/iot/events/_state"))) {
            assertEquals(List.of("smart_meter.json"), left.map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
        }
    }

    @Test
    void deletingTheStateFileMakesTheNextRunStartOverAndSaySo() throws Exception {
        Instant start = recent();
        Path notebook = write(meters(3, start), "smart_meter.py");
        Path volumes = tmp.resolve("Volumes");
        Path folder = volumes.resolve("sched/iot/events/smart_meter");
        assertEquals(0, run(notebook, volumes).exit());
        Map<String, String> firstRun = files(folder);
        assertEquals(0, run(notebook, volumes).exit());
        Map<String, String> twoRuns = files(folder);
        assertEquals(6, twoRuns.size());

        Files.delete(volumes.resolve("sched/iot/events/_state/smart_meter.json"));
        Result over = run(notebook, volumes);
        assertEquals(0, over.exit(), over.err());
        assertTrue(over.out().contains("No saved state") && over.out().contains("the stream starts over at event 1"), over.out());
        Map<String, String> all = files(folder);
        assertEquals(9, all.size(), "earlier files are kept; the new ones are numbered after them");
        List<String> again = all.keySet().stream().filter(n -> !twoRuns.containsKey(n)).toList();
        assertEquals(List.of("-000007.json", "-000008.json", "-000009.json"), again.stream().map(n -> n.substring(n.length() - 12)).toList());
        assertEquals(List.copyOf(firstRun.values()), again.stream().map(all::get).toList(), "the same events as the first run: the stream started over");
        assertEquals(120, Json.MAPPER.readTree(volumes.resolve("sched/iot/events/_state/smart_meter.json").toFile()).at("/stream/next_event_id").asLong() - 1);
    }

    @Test
    void lateDuplicateAndNullDeliveriesCarryAcrossRunsAsInOneJavaRun() throws Exception {
        Instant start = recent();
        StreamSettings s = StreamSettings.of(DeviceProfiles.CLICKSTREAM).numDevices(9).eventsPerBatch(50).intervalSeconds(2).totalDurationSeconds(16)
                .seed(7L).late(0.1, 6).duplicates(0.05).nullRate(0.05);
        Path java = tmp.resolve("java");
        try (NdjsonFileSink sink = new NdjsonFileSink(java, "clickstream")) {
            Emitter.system().run(s.totalDurationSeconds(32).startTime(start).carryPending(true), sink, StreamListener.NONE);
        }
        Path notebook = write(ScheduledStream.of(s, WHERE, Destination.VOLUME, Schedule.EVERY_5_MINUTES, JobCompute.serverless()).startTime(start), "clickstream.py");
        Path volumes = tmp.resolve("Volumes");
        assertEquals(0, run(notebook, volumes).exit());
        JsonNode between = Json.MAPPER.readTree(volumes.resolve("sched/iot/events/_state/clickstream.json").toFile());
        assertTrue(between.at("/stream/pending").size() > 0, "deliveries held back at the end of the first run");
        Result second = run(notebook, volumes);
        assertEquals(0, second.exit(), second.err());

        Map<String, String> expected = files(java.resolve("clickstream"));
        Map<String, String> actual = files(volumes.resolve("sched/iot/events/clickstream"));
        assertTrue(expected.size() > 16, "late deliveries get files of their own: " + expected.size());
        assertEquals(expected, actual);
        assertTrue(actual.values().stream().anyMatch(c -> c.contains("null")), "some values were nulled");
    }

    @Test
    void theTableDestinationAppendsTheSameRowsThroughSpark() throws Exception {
        Instant start = recent();
        StreamSettings s = StreamSettings.of(DeviceProfiles.POS_TERMINAL).numDevices(5).eventsPerBatch(30).intervalSeconds(10).totalDurationSeconds(30).seed(11L);
        ScheduledStream table = ScheduledStream.of(s, WHERE, Destination.DIRECT_TABLE, Schedule.EVERY_5_MINUTES, JobCompute.serverless()).startTime(start);
        Path notebook = write(table, "pos.py");
        Path volumes = tmp.resolve("Volumes");
        List<JsonNode> records = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path params = Files.writeString(tmp.resolve("params.json"), Json.MAPPER.writeValueAsString(table.streamJob().baseParameters()));
            Path record = tmp.resolve("record" + i + ".json");
            Result r = python(Map.of("CLXS_VOLUMES_ROOT", volumes.toString()), STANDINS.toString(), notebook.toString(), params.toString(), record.toString());
            assertEquals(0, r.exit(), r.err());
            records.add(Json.MAPPER.readTree(record.toFile()));
        }
        JsonNode first = records.get(0);
        assertEquals(table.widgets().keySet(), fieldNames(first.get("widgets")), "every parameter is a widget");
        assertEquals("30", first.at("/widgets/events_per_batch").asText());
        String create = RowSchemaSql.createTable(Dialect.DATABRICKS, ObjectName.of("sched", "iot", "bronze_pos_terminal"), s.schema());
        assertEquals(List.of("CREATE SCHEMA IF NOT EXISTS `sched`.`iot`", "CREATE VOLUME IF NOT EXISTS `sched`.`iot`.`events`", create),
                Json.MAPPER.convertValue(first.get("statements"), List.class), "the table is created as clxs's table sink creates it");

        // one continuous Java run of both runs' ticks, as NDJSON
        Path java = tmp.resolve("java");
        try (NdjsonFileSink sink = new NdjsonFileSink(java, "pos_terminal")) {
            Emitter.system().run(s.totalDurationSeconds(60).startTime(start), sink, StreamListener.NONE);
        }
        List<JsonNode> expected = new ArrayList<>();
        for (String content : files(java.resolve("pos_terminal")).values()) for (String line : content.split("\n")) expected.add(Json.MAPPER.readTree(line));
        List<String> names = s.schema().fields().stream().map(f -> f.name()).toList();
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode record : records) {
            for (JsonNode append : record.get("appends")) {
                assertEquals("sched.iot.bronze_pos_terminal", append.get("table").asText());
                assertEquals("append", append.get("mode").asText());
                assertEquals(RowSchemaSql.columnList(Dialect.DATABRICKS, s.schema()), append.get("schema").asText());
                append.get("rows").forEach(rows::add);
            }
        }
        assertEquals(180, expected.size());
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (int f = 0; f < names.size(); f++) {
                JsonNode want = expected.get(i).get(names.get(f));
                JsonNode got = rows.get(i).get(f);
                String where = "row " + i + " " + names.get(f) + ": " + want + " vs " + got;
                if (want.isNumber()) assertEquals(want.asDouble(), got.asDouble(), 0.0, where);
                else assertEquals(want, got, where);
            }
        }
        assertTrue(Files.exists(volumes.resolve("sched/iot/events/_state/pos_terminal.json")), "the state is in the volume for the table destination too");
        assertFalse(Files.exists(volumes.resolve("sched/iot/events/pos_terminal")), "no files for the table destination");
    }

    @Test
    void aRunFarBehindRealTimeJumpsToNowAndTheValuesContinue() throws Exception {
        Instant longAgo = Instant.parse("2025-01-01T00:00:00Z");
        Path notebook = write(meters(3, longAgo), "smart_meter.py");
        Path volumes = tmp.resolve("Volumes");
        assertEquals(0, run(notebook, volumes).exit());
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Result second = run(notebook, volumes);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("Event time jumps forward from 2025-01-01T00:00:15.000000Z") && second.out().contains("more than max_lag_seconds 3600"),
                second.out());

        Path local = tmp.resolve("local");
        assertEquals(0, CliRun.of("stream", "--profile", "smart_meter", "--catalog", "sched", "--schema", "iot", "--volume", "events", "--num-devices", "7",
                "--events-per-batch", "40", "--interval-seconds", "5", "--total-duration-seconds", "30", "--start-time", longAgo.toString(), "--seed", "42",
                "--no-join", "--local-dir", local.toString()).exitCode());
        List<String> continuous = files(local.resolve("volumes/sched/iot/events/smart_meter")).values().stream().flatMap(String::lines).toList();
        List<String> scheduled = files(volumes.resolve("sched/iot/events/smart_meter")).values().stream().flatMap(String::lines).toList();
        assertEquals(240, scheduled.size());
        assertEquals(continuous.subList(0, 120), scheduled.subList(0, 120), "the first run is the stream's start");
        Pattern captured = Pattern.compile("\"captured_at\":\"([^\"]+)\"");
        for (int i = 120; i < 240; i++) {
            Matcher m = captured.matcher(scheduled.get(i));
            assertTrue(m.find());
            Instant t = Instant.parse(m.group(1));
            assertTrue(!t.isBefore(before.minusSeconds(15)) && t.isBefore(Instant.now()), "a window ending now: " + t);
            assertEquals(continuous.get(i).replaceAll(captured.pattern(), ""), scheduled.get(i).replaceAll(captured.pattern(), ""), "values continue, row " + i);
        }
    }

    @Test
    void theNotebookRefusesParametersOutsideTheLimitsAndAStateOfAnotherSeed() throws Exception {
        Path notebook = write(meters(2, recent()), "smart_meter.py");
        Path volumes = tmp.resolve("Volumes");
        Result tooMany = run(notebook, volumes, "CLXS_EVENTS_PER_BATCH", "20000");
        assertNotEquals(0, tooMany.exit());
        assertTrue(tooMany.err().contains("events_per_batch 20000 is above the maximum 10000"), tooMany.err());
        assertFalse(Files.exists(volumes.resolve("sched/iot/events/smart_meter")), "nothing written");

        assertEquals(0, run(notebook, volumes).exit());
        Map<String, String> before = files(volumes.resolve("sched/iot/events/smart_meter"));
        Result otherSeed = run(notebook, volumes, "CLXS_SEED", "43");
        assertNotEquals(0, otherSeed.exit());
        assertTrue(otherSeed.err().contains("with seed 42 and 7 devices; this run has seed 43 and 7 devices") && otherSeed.err().contains("delete the state file"),
                otherSeed.err());
        assertEquals(before, files(volumes.resolve("sched/iot/events/smart_meter")), "nothing written");
    }

    @Test
    void theNotebookIsADatabricksSourceNotebookGeneratedFromThePortAndTheProfile() throws Exception {
        ScheduledStream s = meters(12, null);
        String nb = s.notebook();
        assertTrue(nb.startsWith("# Databricks notebook source\n# MAGIC %md\n"), nb.substring(0, 80));
        String[] cells = nb.split("\n\n# COMMAND ----------\n\n");
        assertEquals(6, cells.length);
        assertTrue(cells[0].contains(s.statePath()) && cells[0].contains("delete the state file"), cells[0]);
        for (String w : s.widgets().keySet()) assertTrue(cells[1].contains("\"" + w + "\": "), w);
        assertTrue(cells[1].contains("dbutils.widgets.text(_name, _default)"));

        String port = Files.readString(Paths.get("templates", "notebooks", "clxs_stream.py"));
        String withoutMain = port.substring(0, port.indexOf("\nif __name__ == \"__main__\":")).strip();
        assertTrue(cells[2].endsWith(withoutMain), "the port, verbatim, one copy in the repository");
        assertFalse(nb.contains("if __name__"), "no command-line entry point: a notebook's __name__ is __main__");
        assertTrue(cells[3].endsWith(Files.readString(Paths.get("templates", "notebooks", "clxs_stream_job.py")).strip()), "the runner, verbatim");
        assertTrue(cells[4].contains("PROFILE = json.loads(r'''" + ProfileJson.toJson(DeviceProfiles.SMART_METER) + "''')"), "the profile as ProfileJson renders it");

        Pattern imports = Pattern.compile("(?m)^\\s*(?:import (\\w+)|from (\\w+) import)");
        Matcher m = imports.matcher(nb);
        List<String> modules = new ArrayList<>();
        while (m.find()) modules.add(m.group(1) != null ? m.group(1) : m.group(2));
        assertFalse(modules.isEmpty());
        // clxs_stream is only imported when the runner is used outside the notebook
        assertTrue(List.of("datetime", "json", "math", "os", "re", "sys", "time", "clxs_stream").containsAll(modules), "standard library only: " + modules);

        Map<String, String> params = new LinkedHashMap<>(s.parameters());
        assertEquals("", params.remove("start_time"));
        assertEquals("{destination=volume, num_devices=7, events_per_batch=40, interval_seconds=5, total_duration_seconds=60, seed=42, late_rate=0, "
                + "max_delay_seconds=30, duplicate_rate=0, null_rate=0, max_lag_seconds=3600}", params.toString());
    }

    @Test
    void jbangAndMavenCarryThePythonTheNotebookEmbeds() throws Exception {
        // JBang builds the library from the index: its //FILES put the two Python files where the class path lookup finds them
        List<String> files = Files.readAllLines(Paths.get("dsl", "clxs", "Clxs.java")).stream().filter(l -> l.startsWith("//FILES ")).toList();
        assertEquals(List.of("//FILES clxs/notebooks/clxs_stream.py=../../templates/notebooks/clxs_stream.py",
                "//FILES clxs/notebooks/clxs_stream_job.py=../../templates/notebooks/clxs_stream_job.py"), files);
        for (String f : files) {
            String[] target = f.substring("//FILES ".length()).split("=");
            assertTrue(Files.exists(Paths.get("dsl", "clxs").resolve(target[1]).normalize()), f);
            assertEquals(Files.readString(Paths.get("dsl", "clxs").resolve(target[1]).normalize()), StreamNotebook.resource("/" + target[0]), "Maven's copy: " + f);
        }
    }

    static java.util.Set<String> fieldNames(JsonNode n) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
