package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.databricks.ServicePrincipal;
import clxs.databricks.WorkspaceConfigException;
import clxs.sink.BatchFailedException;
import clxs.model.RowBatch;
import clxs.support.LocalZerobusServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Zerobus sink with the REAL Zerobus Java SDK (1.0.1, its Rust core through JNI) against a local
 * Zerobus ({@link LocalZerobusServer}: the gRPC service and the workspace's token endpoint on
 * 127.0.0.1; Databricks is not reachable from here). What the sink reports written is compared with
 * what the server received and acknowledged, record by record.
 */
class ZerobusSinkTest {

    static final String TABLE = "main.iot.smart_meter";
    static final ObjectMapper JSON = new ObjectMapper();

    LocalZerobusServer server;

    @BeforeEach
    void start() throws Exception {
        server = LocalZerobusServer.start().table(TABLE, MeterRows.METER);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    ZerobusSink sink() {
        return ZerobusSink.into(TABLE, MeterRows.METER)
                .at(server.endpoint())
                .as(ServicePrincipal.of(server.workspaceUrl(), LocalZerobusServer.CLIENT_ID, LocalZerobusServer.CLIENT_SECRET))
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(5))
                .limits(new Delivery.Limits(40, 2L << 20, 5, 3, Duration.ofMillis(50)));
    }

    @Test
    void jsonEventsOnTheServerAreExactlyTheEventsReportedWritten() throws Exception {
        List<RowBatch> batches = MeterRows.batches(5, 100);
        ZerobusSummary summary;
        try (ZerobusSink sink = sink()) {
            sink.open();
            for (RowBatch b : batches) sink.write(b);
            sink.flush();
            assertEquals(500, sink.written());
            summary = sink.summary();
        }
        assertEquals(500, summary.eventsAcknowledged());
        assertEquals(0, summary.batchErrors());
        assertEquals(0, summary.streamReopens());
        assertFalse(summary.duplicatesPossible());
        assertNull(summary.lastError());

        List<LocalZerobusServer.Received> received = server.received();
        assertEquals(500, received.size(), "each event arrived once");
        assertEquals(500, server.acknowledged().size());
        Map<Long, JsonNode> byId = new TreeMap<>();
        for (LocalZerobusServer.Received r : received) {
            JsonNode n = JSON.readTree(r.json());
            byId.put(n.get("event_id").asLong(), n);
        }
        assertEquals(500, byId.size());
        for (long id = 1; id <= 500; id++) {
            Object[] row = MeterRows.row(id);
            JsonNode n = byId.get(id);
            assertEquals(row[1], n.get("meter_id").asText());
            assertEquals((double) row[2], n.get("kwh").asDouble());
            assertEquals((int) row[3], n.get("voltage").asInt());
            // wire types as the service decodes them: TIMESTAMP an int64 of microseconds, DATE an int32 of days
            JsonNode at = n.get("captured_at");
            assertTrue(at.isIntegralNumber(), "captured_at travels as an integer, not " + at);
            Instant t = (Instant) row[4];
            assertEquals(t.getEpochSecond() * 1_000_000 + t.getNano() / 1000, at.asLong());
            JsonNode day = n.get("reading_date");
            assertTrue(day.isInt(), "reading_date travels as an int32, not " + day);
            assertEquals(((LocalDate) row[5]).toEpochDay(), day.asLong());
            assertEquals(row[6], n.get("tamper_alert").asBoolean());
        }
        LocalZerobusServer.StreamInfo stream = server.streams().get(0);
        assertEquals(TABLE, stream.table());
        assertEquals(2, stream.recordType(), "JSON record type");
        assertEquals("Bearer local-zerobus-token", stream.authorization());
    }

    @Test
    void protoEventsDecodeOnTheServerWithTheDescriptorTheStreamWasOpenedWith() throws Exception {
        List<RowBatch> batches = MeterRows.batches(3, 70);
        try (ZerobusSink sink = sink().recordFormat(RecordFormat.PROTO)) {
            sink.open();
            for (RowBatch b : batches) sink.write(b);
            assertEquals(210, sink.written());
        }
        LocalZerobusServer.StreamInfo stream = server.streams().get(0);
        assertEquals(1, stream.recordType(), "PROTO record type");
        Descriptors.Descriptor type = Descriptors.FileDescriptor.buildFrom(
                FileDescriptorProto.newBuilder().setName("server.proto").addMessageType(stream.descriptor()).build(), new Descriptors.FileDescriptor[0])
                .findMessageTypeByName(stream.descriptor().getName());
        List<LocalZerobusServer.Received> received = server.received();
        assertEquals(210, received.size());
        assertEquals(210, server.acknowledged().size());
        Set<Long> ids = new HashSet<>();
        for (LocalZerobusServer.Received r : received) {
            DynamicMessage m = DynamicMessage.parseFrom(type, r.proto());
            long id = (Long) m.getField(type.findFieldByName("event_id"));
            assertTrue(ids.add(id), "event " + id + " arrived once");
            Object[] row = MeterRows.row(id);
            assertEquals(row[1], m.getField(type.findFieldByName("meter_id")));
            assertEquals(row[2], m.getField(type.findFieldByName("kwh")));
            Instant t = (Instant) row[4];
            Descriptors.FieldDescriptor at = type.findFieldByName("captured_at");
            assertEquals(Descriptors.FieldDescriptor.Type.INT64, at.getType());
            assertEquals(t.getEpochSecond() * 1_000_000 + t.getNano() / 1000, m.getField(at));
            Descriptors.FieldDescriptor day = type.findFieldByName("reading_date");
            assertEquals(Descriptors.FieldDescriptor.Type.INT32, day.getType());
            assertEquals((int) ((LocalDate) row[5]).toEpochDay(), m.getField(day));
            assertEquals(row[6], m.getField(type.findFieldByName("tamper_alert")));
        }
        assertEquals(210, ids.size());
    }

    @Test
    void streamsClosedByTheServerTwiceAreReopenedAndNothingIsLost() throws Exception {
        server.closeStreamAtRecords(230, 610);
        ZerobusSummary summary;
        try (ZerobusSink sink = sink()) {
            sink.open();
            for (RowBatch b : MeterRows.batches(10, 100)) sink.write(b);
            assertEquals(1000, sink.written());
            summary = sink.summary();
        }
        assertEquals(2, server.closes());
        assertEquals(2, summary.streamReopens());
        assertEquals(3, server.streams().size(), "the first stream and two reopened ones");
        assertEquals(0, summary.batchErrors());
        assertTrue(summary.duplicatesPossible(), "requests in flight at a close were sent again");
        assertTrue(summary.eventsResent() > 0);

        // reported = acknowledged by the server, each event once
        List<LocalZerobusServer.Received> acked = server.acknowledged();
        assertEquals(1000, acked.size());
        Set<Long> ackedIds = ids(acked);
        assertEquals(1000, ackedIds.size());
        // every event id is on the server at least once; the re-sent ones may be there twice
        List<LocalZerobusServer.Received> received = server.received();
        Set<Long> receivedIds = ids(received);
        for (long id = 1; id <= 1000; id++) assertTrue(receivedIds.contains(id), "event " + id + " reached the server");
        long twice = received.size() - 1000;
        assertTrue(twice > 0 && twice <= summary.eventsResent(), "the requests cut by a close reached the server and were sent again: " + twice + " of " + summary.eventsResent() + " re-sent");
        assertEquals(3, server.tokenRequests().size(), "one token per stream opened");
    }

    @Test
    void severalStreamsShareTheRowsAndEachEventArrivesOnce() throws Exception {
        ZerobusSummary summary;
        try (ZerobusSink sink = sink().streams(3)) {
            sink.open();
            for (RowBatch b : MeterRows.batches(4, 250)) sink.write(b);
            summary = sink.summary();
        }
        assertEquals(1000, summary.eventsAcknowledged());
        assertEquals(3, server.streams().size());
        Map<Integer, Integer> perStream = new HashMap<>();
        for (LocalZerobusServer.Received r : server.received()) perStream.merge(r.stream(), 1, Integer::sum);
        assertEquals(3, perStream.size(), "every stream carried records: " + perStream);
        assertEquals(1000, ids(server.received()).size());
        assertEquals(1000, server.received().size());
        assertEquals(3, summary.ackedOffsets().size());
        assertTrue(summary.ackedOffsets().stream().allMatch(o -> o >= 0), "each stream acknowledged requests: " + summary.ackedOffsets());
    }

    @Test
    void recordsTheServerRefusesAreBatchErrorsWithItsMessageAndTheSinkGoesOn() throws Exception {
        server.table(TABLE, MeterRows.METER_TABLE_VOLTAGE_REQUIRED);
        List<RowBatch> batches = MeterRows.batches(5, 30);
        List<RowBatch> sent = new ArrayList<>();
        for (RowBatch b : batches) {
            if (b.sequence() == 2 || b.sequence() == 4) {
                // one event without a voltage: the table's column is NOT NULL
                List<Object[]> rows = new ArrayList<>(b.rows());
                Object[] bad = rows.get(7).clone();
                bad[3] = null;
                rows.set(7, bad);
                b = new RowBatch(b.schema(), rows, b.sequence(), b.time());
            }
            sent.add(b);
        }
        List<String> errors = new ArrayList<>();
        ZerobusSummary summary;
        try (ZerobusSink sink = sink()) {
            sink.open();
            for (RowBatch b : sent) {
                try {
                    sink.write(b);
                } catch (BatchFailedException e) {
                    errors.add(e.getMessage());
                    assertEquals(30, e.rowsLost(), "a refused request loses its records (one request per batch here)");
                }
            }
            summary = sink.summary();
            assertEquals(90, sink.written());
        }
        assertEquals(2, errors.size(), errors.toString());
        for (String e : errors) {
            assertTrue(e.contains("missing field `voltage`") && e.contains("Error Code: 4044"), "the server's message: " + e);
            assertTrue(e.contains(TABLE), e);
        }
        assertTrue(errors.get(0).startsWith("batch 2:"), errors.get(0));
        assertTrue(errors.get(1).startsWith("batch 4:"), errors.get(1));
        assertEquals(2, summary.batchErrors());
        assertEquals(60, summary.eventsFailed());
        assertEquals(errors.get(1), summary.lastError());
        assertEquals(90, summary.eventsAcknowledged());
        assertEquals(90, server.acknowledged().size());
        Set<Long> expected = new HashSet<>();
        for (RowBatch b : sent) {
            if (b.sequence() != 2 && b.sequence() != 4) for (Object[] r : b.rows()) expected.add((Long) r[0]);
        }
        assertEquals(expected, ids(server.acknowledged()));
    }

    @Test
    void refusedCredentialsAreAConfigurationErrorNamingThemWithoutTheSecret() throws Exception {
        server.tokenStatus(401);
        ZerobusSink sink = sink();
        WorkspaceConfigException e = assertThrows(WorkspaceConfigException.class, sink::open);
        assertEquals("credentials", e.setting());
        assertTrue(e.getMessage().contains(LocalZerobusServer.CLIENT_ID), e.getMessage());
        assertTrue(e.getMessage().contains("invalid_client"), "the server's answer: " + e.getMessage());
        assertTrue(e.getMessage().contains("--client-secret"), e.getMessage());
        String everything = e.getMessage() + sink + sink.describe() + JSON.writeValueAsString(sink.summary());
        assertFalse(everything.contains(LocalZerobusServer.CLIENT_SECRET), everything);
        assertTrue(server.streams().isEmpty(), "no stream without a token");
        assertEquals(1, server.tokenRequests().size());
        sink.close();
    }

    @Test
    void aWrongSecretIsRefusedByTheTokenEndpointAndNeverShown() {
        String wrong = "dose-WRONG-SECRET-a1b2c3";
        ZerobusSink sink = ZerobusSink.into(TABLE, MeterRows.METER).at(server.endpoint())
                .as(ServicePrincipal.of(server.workspaceUrl(), LocalZerobusServer.CLIENT_ID, wrong));
        WorkspaceConfigException e = assertThrows(WorkspaceConfigException.class, sink::open);
        assertEquals("credentials", e.setting());
        assertFalse((e.getMessage() + sink).contains(wrong), e.getMessage());
    }

    @Test
    void anUnknownTableIsAClearConfigurationError() {
        ZerobusSink sink = ZerobusSink.into("main.iot.no_such_table", MeterRows.METER).at(server.endpoint())
                .as(ServicePrincipal.of(server.workspaceUrl(), LocalZerobusServer.CLIENT_ID, LocalZerobusServer.CLIENT_SECRET));
        WorkspaceConfigException e = assertThrows(WorkspaceConfigException.class, sink::open);
        assertEquals("table", e.setting());
        assertTrue(e.getMessage().contains("main.iot.no_such_table") && e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("create it first"), e.getMessage());
    }

    @Test
    void theTokenRequestIsTheOneVerifyMakes() {
        try (ZerobusSink sink = sink()) {
            sink.open();
        }
        Map<String, String> sdkForm = server.tokenRequests().get(0).form();
        assertEquals(ZerobusCredentials.tokenForm(ZerobusCredentials.workspaceIdOf(server.endpoint()), TABLE), sdkForm);
    }

    @Test
    void aRateAboveWhatOneStreamTakesGetsSeveralStreams() {
        assertEquals(1, ZerobusSink.streamsFor(0));
        assertEquals(1, ZerobusSink.streamsFor(15_000));
        assertEquals(2, ZerobusSink.streamsFor(15_001));
        assertEquals(14, ZerobusSink.streamsFor(1_000_000 / 5.0), "the zerobus preset: 1,000,000 events every 5 s");
        assertEquals(64, ZerobusSink.streamsFor(1e9));
        assertThrows(IllegalArgumentException.class, () -> sink().streams(0));
    }

    static Set<Long> ids(List<LocalZerobusServer.Received> records) throws Exception {
        Set<Long> out = new HashSet<>();
        for (LocalZerobusServer.Received r : records) out.add(JSON.readTree(r.json()).get("event_id").asLong());
        return out;
    }
}
