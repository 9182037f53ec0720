package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.settings.Json;
import clxs.stream.DeviceProfiles;
import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.Duck;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code clxs stream}: destinations, summary, ticks file, bad input and Ctrl-C, as a user runs them. */
class StreamCommandTest {

    @TempDir
    Path tmp;

    @Test
    void profilesListsTheTenWithTheirFields() throws Exception {
        CliRun r = CliRun.of("stream", "profiles");
        assertEquals(0, r.exitCode(), r.toString());
        DeviceProfiles.all().forEach(p -> assertTrue(r.out().contains(p.name()), p.name()));
        assertTrue(r.out().contains("kwh_cumulative DOUBLE"), r.out());
        JsonNode json = Json.MAPPER.readTree(CliRun.of("stream", "profiles", "--json").out());
        assertEquals(10, json.size());
        assertEquals("TIMESTAMP", json.get(0).get("fields").get("captured_at").asText());
    }

    @Test
    void aBackfillIntoTheLocalTableCountsWhatItWrote() throws Exception {
        Path dir = tmp.resolve("data");
        Path ticks = tmp.resolve("ticks.csv");
        CliRun r = CliRun.of("stream", "--profile", "server_metrics", "--catalog", "ops", "--backfill", "2h", "--interval-seconds", "60",
                "--events-per-batch", "50", "--destination", "direct_table", "--seed", "9", "--local-dir", dir.toString(), "--json", "--ticks", ticks.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.out());
        assertEquals(120, s.get("ticks").asLong());
        assertEquals(6_000, s.get("events_written").asLong());
        assertEquals(9, s.get("seed").asLong());
        try (Duck db = Duck.open(dir, "ops")) {
            assertEquals(6_000, db.longValue("SELECT count(*) FROM iot.bronze_server_metrics"));
            assertEquals(6_000, db.longValue("SELECT count(DISTINCT event_id) FROM iot.bronze_server_metrics"));
        }
        List<String> lines = Files.readAllLines(ticks);
        assertEquals(121, lines.size(), "a header and a line per tick");
        assertTrue(lines.get(0).startsWith("tick,time,events,cumulative,errors"), lines.get(0));
        assertTrue(lines.get(120).contains(",6000,0,"), lines.get(120));
    }

    @Test
    void volumeBronzeLandsFilesAndAViewThatReadsThem() throws Exception {
        Path dir = tmp.resolve("data");
        CliRun r = CliRun.of("stream", "--profile", "pos_terminal", "--catalog", "shop", "--schema", "live", "--volume", "events", "--backfill", "10m",
                "--interval-seconds", "60", "--destination", "volume_bronze", "--seed", "4", "--local-dir", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Path files = dir.resolve("volumes/shop/live/events/pos_terminal");
        try (Stream<Path> f = Files.list(files)) {
            List<String> names = f.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(10, names.size(), names.toString());
            assertTrue(names.get(0).matches("batch-\\d{8}T\\d{6}Z-000001\\.json"), names.get(0));
        }
        try (Duck db = Duck.open(dir, "shop")) {
            assertEquals(1_000, db.longValue("SELECT count(*) FROM live.bronze_pos_terminal"));
        }
        assertTrue(r.out().contains("1,000 written of 1,000 emitted"), r.out());
    }

    @Test
    void stdoutCarriesOnlyTheEventsAndTheSummaryGoesToStandardError() throws Exception {
        ByteArrayOutputStream events = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        StreamCommand stream = cl.getSubcommands().get("stream").getCommand();
        stream.stdout = new PrintStream(events, true, StandardCharsets.UTF_8);
        int code = cl.execute("stream", "--profile", "clickstream", "--catalog", "web", "--destination", "stdout", "--backfill", "5m", "--interval-seconds", "60",
                "--events-per-batch", "20", "--seed", "1", "--local-dir", tmp.resolve("none").toString());
        assertEquals(0, code, err.toString());
        List<String> lines = events.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(100, lines.size());
        for (String l : lines) assertTrue(l.startsWith("{\"event_id\":") && l.endsWith("}"), l);
        assertEquals("", out.toString(), "standard output holds nothing but the events");
        assertTrue(err.toString().contains("100 written of 100 emitted"), err.toString());
        assertFalse(Files.exists(tmp.resolve("none")), "stdout creates no local catalog");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--profile nuclear_reactor --catalog x|unknown profile 'nuclear_reactor'; the profiles are generic_sensor",
            "--profile smart_meter --catalog x --events-per-batch 0|events_per_batch",
            "--profile smart_meter --catalog x --events-per-batch 20000|10000",
            "--profile smart_meter --catalog x --interval-seconds 0.01|interval_seconds",
            "--profile smart_meter --catalog x --num-devices 0|num_devices",
            "--profile smart_meter --catalog x --total-duration-seconds 7200|total_duration_seconds",
            "--profile smart_meter --catalog 9lives|must not start with a digit",
            "--profile smart_meter --catalog x --schema bad-name|may contain only letters",
            "--profile smart_meter --catalog x --destination kafka|unknown destination 'kafka'",
            "--profile smart_meter --catalog x --destination zerobus|zerobus streams to a Databricks table",
            "--profile smart_meter --catalog x --backfill forever|not a window such as 30m",
            "--profile smart_meter --catalog x --late-rate 1.5|late_rate",
            "--profile smart_meter --catalog x --preset turbo|unknown preset turbo"})
    void badInputExitsTwoNamingWhatIsWrongAndCreatesNothing(String row) {
        String[] parts = row.split("\\|");
        Path dir = tmp.resolve("data");
        String[] args = (parts[0] + " --local-dir " + dir).split(" ");
        String[] all = new String[args.length + 1];
        all[0] = "stream";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun r = CliRun.of(all);
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains(parts[1]), "expected '" + parts[1] + "' in: " + r.err());
        assertFalse(Files.exists(dir), "nothing created for " + parts[0]);
    }

    @Test
    void anUnwritableLocalDirIsBadInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        CliRun r = CliRun.of("stream", "--profile", "smart_meter", "--catalog", "x", "--backfill", "5m", "--local-dir", file.resolve("sub").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("is not a folder"), r.err());
    }

    @Test
    void ctrlCStopsARealTimeStreamWithEveryReportedEventWritten() throws Exception {
        Path dir = tmp.resolve("data");
        Path table = dir.resolve("live.duckdb");
        CliRun r = CliProcess.interruptWhen(Map.of(), () -> Files.exists(dir.resolve("volumes/live/iot/events_volume/smart_meter")) && countFiles(dir) >= 2,
                "stream", "--profile", "smart_meter", "--catalog", "live", "--interval-seconds", "0.5", "--total-duration-seconds", "600",
                "--events-per-batch", "100", "--seed", "2", "--local-dir", dir.toString());
        assertEquals(130, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Stream smart_meter: cancelled"), r.toString());
        long reported = Long.parseLong(r.out().replaceAll("(?s).*events     ([0-9,]+) written.*", "$1").replace(",", ""));
        long inFiles = 0;
        try (Stream<Path> f = Files.list(dir.resolve("volumes/live/iot/events_volume/smart_meter"))) {
            for (Path p : f.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) inFiles += Files.readAllLines(p).size();
        }
        assertTrue(reported >= 200, "at least two ticks: " + reported);
        assertEquals(reported, inFiles, "events written = events in the files");
        assertFalse(Files.exists(table), "the volume destination makes no table");
        assertEquals(1, r.out().split("Stream smart_meter: cancelled", -1).length - 1, "the summary is printed once");
    }

    private static long countFiles(Path dir) throws java.io.IOException {
        try (Stream<Path> f = Files.list(dir.resolve("volumes/live/iot/events_volume/smart_meter"))) {
            return f.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }
}
