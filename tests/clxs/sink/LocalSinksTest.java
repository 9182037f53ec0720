package clxs.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.plan.ObjectName;
import clxs.stream.DeviceProfiles;
import clxs.stream.Emitter;
import clxs.stream.StreamClock;
import clxs.stream.StreamListener;
import clxs.stream.StreamSettings;
import clxs.stream.StreamSummary;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local sinks: what a run reports written is what a reader finds, and a reader never sees half a file. */
class LocalSinksTest {

    static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    static final StreamSettings METERS = StreamSettings.of(DeviceProfiles.SMART_METER).numDevices(20).eventsPerBatch(500).intervalSeconds(5)
            .totalDurationSeconds(30).seed(8L).startTime(START);

    static StreamSummary run(StreamSettings s, Sink sink) {
        return Emitter.withClock(StreamClock.virtual(START)).run(s, sink, StreamListener.NONE);
    }

    static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static long lines(List<Path> files) throws IOException {
        long n = 0;
        for (Path f : files) n += Files.readAllLines(f).size();
        return n;
    }

    @Test
    void volumeFilesAreNamedByTickTimeAndSequenceAndContinueAcrossRuns(@TempDir Path volume) throws IOException {
        StreamSummary first;
        try (NdjsonFileSink sink = new NdjsonFileSink(volume, "smart_meter")) {
            first = run(METERS, sink);
        }
        Path dir = volume.resolve("smart_meter");
        List<Path> files = jsonFiles(dir);
        assertEquals(6, files.size(), "one file per tick");
        assertEquals("batch-20250301T000005Z-000001.json", files.get(0).getFileName().toString());
        assertEquals("batch-20250301T000030Z-000006.json", files.get(5).getFileName().toString());
        assertEquals(first.eventsWritten(), lines(files));
        try (Stream<Path> all = Files.list(dir)) {
            assertEquals(6, all.count(), "no temporary files are left behind");
        }

        try (NdjsonFileSink sink = new NdjsonFileSink(volume, "smart_meter")) {
            run(METERS, sink); // same tick times: the sequence keeps the names apart
        }
        List<Path> both = jsonFiles(dir);
        assertEquals(12, both.size());
        assertEquals("batch-20250301T000005Z-000007.json", both.get(1).getFileName().toString());
        assertEquals(2 * first.eventsWritten(), lines(both));
        assertEquals(volume.resolve("volumes/demo/iot/events/smart_meter"), NdjsonFileSink.inLocalVolume(volume, "demo", "iot", "events", "smart_meter").dir());
        assertThrows(IllegalArgumentException.class, () -> NdjsonFileSink.inLocalVolume(volume, "demo", "../etc", "events", "smart_meter"));
    }

    @Test
    void aReaderNeverSeesAPartialFile(@TempDir Path volume) throws Exception {
        Path dir = volume.resolve("clickstream");
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong filesChecked = new AtomicLong();
        AtomicReference<String> broken = new AtomicReference<>();
        ObjectMapper json = new ObjectMapper();
        Thread reader = new Thread(() -> {
            while (!done.get() && broken.get() == null) {
                try {
                    if (!Files.isDirectory(dir)) continue;
                    for (Path f : jsonFiles(dir)) {
                        byte[] bytes = Files.readAllBytes(f);
                        String text = new String(bytes, StandardCharsets.UTF_8);
                        List<String> rows = text.lines().toList();
                        if (bytes.length == 0 || bytes[bytes.length - 1] != '\n' || rows.size() != 2_000) {
                            broken.set(f + " has " + rows.size() + " lines, " + bytes.length + " bytes");
                        }
                        json.readTree(rows.get(rows.size() - 1));
                        filesChecked.incrementAndGet();
                    }
                } catch (IOException e) {
                    broken.set(e.toString());
                }
            }
        });
        reader.start();
        StreamSettings s = StreamSettings.of(DeviceProfiles.CLICKSTREAM).numDevices(500).eventsPerBatch(10_000).writeChunk(2_000)
                .intervalSeconds(1).totalDurationSeconds(40).seed(2L).startTime(START);
        StreamSummary summary;
        try (NdjsonFileSink sink = new NdjsonFileSink(volume, "clickstream")) {
            summary = run(s, sink);
        }
        done.set(true);
        reader.join();
        assertEquals(null, broken.get());
        assertTrue(filesChecked.get() > 0, "the reader looked at files while they were being written");
        assertEquals(200, jsonFiles(dir).size());
        assertEquals(summary.eventsWritten(), lines(jsonFiles(dir)));
    }

    @Test
    void anUnwritableFolderFailsAtOpen(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        NdjsonFileSink sink = new NdjsonFileSink(file, "smart_meter");
        SinkException e = assertThrows(SinkException.class, sink::open);
        assertTrue(e.getMessage().contains("cannot write NDJSON files to " + file.resolve("smart_meter")), e.getMessage());
    }

    @Test
    void stdoutGetsTheSameLinesAsTheFiles(@TempDir Path volume) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamSummary summary;
        try (StdoutSink sink = new StdoutSink(new PrintStream(bytes, false, StandardCharsets.UTF_8))) {
            summary = run(METERS, sink);
        }
        try (NdjsonFileSink files = new NdjsonFileSink(volume, "smart_meter")) {
            run(METERS, files);
        }
        StringBuilder fromFiles = new StringBuilder();
        for (Path f : jsonFiles(volume.resolve("smart_meter"))) fromFiles.append(Files.readString(f));
        assertEquals(fromFiles.toString(), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(3_000, summary.eventsWritten());

        PrintStream closed = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        });
        StreamSummary broken = run(METERS, new StdoutSink(closed));
        assertEquals(0, broken.eventsWritten());
        assertEquals(3_000, broken.eventsLost(), "a closed pipe loses rows, and says so");
        assertEquals(6, broken.tickErrors());
    }

    @Test
    void theDuckDbTableGetsEveryRowReportedWithItsTypes(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("demo.duckdb");
        StreamSummary summary;
        try (DuckDbTableSink sink = DuckDbTableSink.inCatalogFile(catalog, "iot", "bronze_smart_meter", METERS.schema())) {
            summary = run(METERS.nullRate(0.05), sink);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog); Statement s = c.createStatement()) {
            assertEquals(summary.eventsWritten(), count(s, "SELECT count(*) FROM demo.iot.bronze_smart_meter"));
            assertEquals(3_000, summary.eventsWritten());
            assertEquals(3_000, count(s, "SELECT count(DISTINCT event_id) FROM demo.iot.bronze_smart_meter"));
            assertEquals(20, count(s, "SELECT count(DISTINCT meter_id) FROM demo.iot.bronze_smart_meter"));
            assertTrue(count(s, "SELECT count(*) FROM demo.iot.bronze_smart_meter WHERE voltage_v IS NULL") > 0, "nulls arrive as NULL");
            try (ResultSet rs = s.executeQuery("SELECT typeof(captured_at), typeof(kwh_cumulative), min(captured_at)::VARCHAR FROM demo.iot.bronze_smart_meter GROUP BY ALL")) {
                rs.next();
                assertEquals("TIMESTAMP", rs.getString(1));
                assertEquals("DOUBLE", rs.getString(2));
                assertEquals("2025-03-01 00:00:00", rs.getString(3));
            }
        }
        // a second run appends
        try (DuckDbTableSink sink = DuckDbTableSink.inCatalogFile(catalog, "iot", "bronze_smart_meter", METERS.schema())) {
            run(METERS, sink);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog); Statement s = c.createStatement()) {
            assertEquals(6_000, count(s, "SELECT count(*) FROM demo.iot.bronze_smart_meter"));
        }
        // a table of another shape is refused, not appended to
        DuckDbTableSink wrong = DuckDbTableSink.inCatalogFile(catalog, "iot", "bronze_smart_meter",
                StreamSettings.of(DeviceProfiles.CLICKSTREAM).schema());
        SinkException e = assertThrows(SinkException.class, wrong::open);
        wrong.close();
        assertTrue(e.getMessage().contains("exists with columns"), e.getMessage());
    }

    @Test
    void theBronzeViewReadsTheFilesWithTheirSchema(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("demo.duckdb");
        Path volume = dir.resolve("volumes/demo/iot/events");
        List<String> warnings = new ArrayList<>();
        ObjectName view = ObjectName.of("demo", "iot", "bronze_smart_meter");
        DuckDbBronzeView sink = new DuckDbBronzeView(new NdjsonFileSink(volume, "smart_meter"), catalog, view, METERS.schema(), warnings::add);
        assertFalse(sink.viewCreated());
        StreamSummary summary = run(METERS.late(0.1, 10).duplicates(0.05), sink);
        assertTrue(sink.viewCreated());
        assertEquals(List.of(), warnings);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog); Statement s = c.createStatement()) {
            assertEquals(summary.eventsWritten(), count(s, "SELECT count(*) FROM demo.iot.bronze_smart_meter"));
            assertEquals(summary.eventsGenerated(), count(s, "SELECT count(DISTINCT event_id) FROM demo.iot.bronze_smart_meter"), "dedup on event_id");
            try (ResultSet rs = s.executeQuery("SELECT typeof(captured_at), typeof(event_id), typeof(meter_id) FROM demo.iot.bronze_smart_meter LIMIT 1")) {
                rs.next();
                assertEquals(List.of("TIMESTAMP", "BIGINT", "VARCHAR"), List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        assertTrue(DuckDbBronzeView.createViewSql(view, volume.resolve("smart_meter"), METERS.schema())
                .contains("format = 'newline_delimited', columns = {'event_id': 'BIGINT', 'meter_id': 'VARCHAR', 'captured_at': 'TIMESTAMP'"));
    }

    @Test
    void aViewThatCannotBeCreatedIsAWarningAndTheFilesKeepLanding(@TempDir Path dir) throws Exception {
        Path notACatalog = Files.createDirectories(dir.resolve("demo.duckdb"));
        List<String> warnings = new ArrayList<>();
        DuckDbBronzeView sink = new DuckDbBronzeView(new NdjsonFileSink(dir.resolve("vol"), "smart_meter"), notACatalog,
                ObjectName.of("demo", "iot", "bronze_smart_meter"), METERS.schema(), warnings::add);
        StreamSummary summary = run(METERS, sink);
        assertEquals(1, warnings.size(), "tried once, after the first file");
        assertTrue(warnings.get(0).contains("could not create the view demo.iot.bronze_smart_meter"), warnings.get(0));
        assertEquals(3_000, summary.eventsWritten());
        assertEquals(0, summary.tickErrors());
        assertEquals(6, jsonFiles(dir.resolve("vol/smart_meter")).size());
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
