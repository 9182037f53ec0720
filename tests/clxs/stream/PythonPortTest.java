package clxs.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.format.Timestamps;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproducibility contract is portable: {@code templates/notebooks/clxs_stream.py} (standard
 * library Python, what the scheduled-job notebook will embed) interprets {@link ProfileJson} and
 * writes the same bytes as the Java emitter, for every profile, with late, duplicate and null
 * deliveries on; and either side resumes from the other's saved state.
 */
class PythonPortTest {

    static final Path PORT = Paths.get("templates", "notebooks", "clxs_stream.py");

    @BeforeAll
    static void needsPython() {
        Assumptions.assumeTrue(python("--version").exitCode == 0, "python3 is on the PATH");
    }

    record Result(int exitCode, String out, String err) {}

    static Result python(String... args) {
        try {
            List<String> cmd = new ArrayList<>(List.of("python3"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).start();
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            p.waitFor(120, TimeUnit.SECONDS);
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            return new Result(-1, "", e.toString());
        }
    }

    static StreamSettings settings(DeviceProfile p) {
        return StreamSettings.of(p).numDevices(7).eventsPerBatch(300).intervalSeconds(2).totalDurationSeconds(20).seed(4242L)
                .late(0.05, 6).duplicates(0.03).nullRate(0.02).threads(2);
    }

    /** What the port needs to know of a run: the settings in their resolved, integer form. */
    static String portSettings(StreamSettings s, java.time.Instant origin) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("seed", s.seed());
        n.put("num_devices", s.numDevices());
        n.put("events_per_batch", s.eventsPerBatch());
        n.put("interval_micros", s.intervalMicros());
        n.put("ticks", s.ticks());
        n.put("origin_micros", Timestamps.epochMicros(origin));
        n.put("late_rate", s.lateRate());
        n.put("max_delay_ticks", s.maxDelayTicks());
        n.put("duplicate_rate", s.duplicateRate());
        n.put("null_rate", s.nullRate());
        n.put("carry_pending", s.carryPending());
        return n.toString();
    }

    static String port(Path dir, StreamSettings s, java.time.Instant origin, String stateIn, String stateOut) throws IOException {
        Path profile = Files.writeString(dir.resolve(s.profile().name() + ".json"), ProfileJson.toJson(s.profile(), s.keys()));
        Path settings = Files.writeString(dir.resolve("settings.json"), portSettings(s, origin));
        List<String> args = new ArrayList<>(List.of(PORT.toString(), profile.toString(), settings.toString()));
        if (stateIn != null || stateOut != null) args.add(stateIn == null ? "-" : stateIn);
        if (stateOut != null) args.add(stateOut);
        Result r = python(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return r.out();
    }

    @Test
    void pythonWritesTheSameEventsAsJavaForEveryProfile(@TempDir Path dir) throws IOException {
        for (DeviceProfile p : DeviceProfiles.all()) {
            StreamSettings s = settings(p);
            String java = Streams.run(s).text();
            assertEquals(3_000, java.lines().count() - Streams.summary(s, new MemorySink()).duplicatesInjected());
            Streams.assertSameText(java, port(dir, s, Streams.START, null, null), p.name() + ": Python port vs Java");
        }
    }

    @Test
    void boundCatalogKeysArePortedToo(@TempDir Path dir) throws IOException {
        StreamSettings s = settings(DeviceProfiles.POS_TERMINAL).key("store_id", EntityKeys.range(1, 37));
        StreamSettings atm = settings(DeviceProfiles.ATM_TRANSACTION).key("account_id", EntityKeys.range(1, 999));
        StreamSettings meters = settings(DeviceProfiles.SMART_METER).key("meter_id", EntityKeys.listed(List.of("MTR-1", "MTR-2", "MTR-3", "MTR-4", "MTR-5", "MTR-6", "MTR-7", "MTR-8")));
        for (StreamSettings x : List.of(s, atm, meters)) Streams.assertSameText(Streams.run(x).text(), port(dir, x, Streams.START, null, null), x.profile().name());
    }

    @Test
    void eachSideResumesFromTheOthersState(@TempDir Path dir) throws IOException {
        for (DeviceProfile p : List.of(DeviceProfiles.INDUSTRIAL_MACHINE, DeviceProfiles.CLICKSTREAM, DeviceProfiles.POS_TERMINAL)) {
            StreamSettings half = settings(p).totalDurationSeconds(10);
            String whole = Streams.run(half.totalDurationSeconds(20)).text();
            java.time.Instant secondHalf = Streams.START.plusSeconds(10);

            // Java first, Python second
            MemorySink first = new MemorySink();
            StreamSummary firstRun = Streams.summary(half.carryPending(true), first);
            Path javaState = dir.resolve("java-state.json");
            firstRun.state().write(javaState);
            String pythonSecond = port(dir, half, secondHalf, javaState.toString(), null);
            Streams.assertSameText(whole, first.text() + pythonSecond, p.name() + ": Java then Python");

            // Python first, Java second
            Path pythonState = dir.resolve("python-state.json");
            String pythonFirst = port(dir, half.carryPending(true), Streams.START, null, pythonState.toString());
            StreamState state = StreamState.read(pythonState);
            assertTrue(state.pending().size() > 0, "late deliveries cross the boundary");
            MemorySink second = new MemorySink();
            Streams.summary(half.startTime(secondHalf).resumeFrom(state), second);
            Streams.assertSameText(whole, pythonFirst + second.text(), p.name() + ": Python then Java");
        }
    }
}
