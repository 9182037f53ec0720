///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS ../dsl/clxs/Clxs.java
//DEPS io.grpc:grpc-netty-shaded:1.85.1 io.grpc:grpc-protobuf:1.85.1 io.grpc:grpc-stub:1.85.1
//SOURCES ../tests/clxs/support/LocalZerobusServer.java ../tests/clxs/support/RecordCheck.java
//DESCRIPTION Events/s through the real Zerobus SDK into the local Zerobus, JSON and proto, one and several streams, against raw encoding speed

import clxs.databricks.ServicePrincipal;
import clxs.format.ProtoSchema;
import clxs.format.ZerobusJsonEncoder;
import clxs.model.RowSchema;
import clxs.model.SqlType;
import clxs.model.RowBatch;
import clxs.support.LocalZerobusServer;
import clxs.zerobus.RecordFormat;
import clxs.zerobus.ZerobusSink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Events per second through the real Zerobus Java SDK (1.0.1, native) and clxs's ZerobusSink into
 * the local Zerobus of the tests (grpc-java on 127.0.0.1, which decodes and checks every record),
 * in JSON and protobuf, over one stream and over several, next to how fast clxs only encodes the
 * same rows, all in one run. The local server shares the machine's cores with the client and
 * parses every record: it is the bottleneck, so these are not Databricks figures.
 *
 *   ./jbang bench/ZerobusBench.java [--events 100000] [--batch 5000] [--streams 4] [--runs 3]
 */
public class ZerobusBench {

    static final RowSchema METER = RowSchema.of("smart_meter",
            RowSchema.field("event_id", SqlType.BIGINT, ""),
            RowSchema.field("meter_id", SqlType.STRING, ""),
            RowSchema.decimalField("kwh", 3, ""),
            RowSchema.field("voltage", SqlType.INT, ""),
            RowSchema.field("captured_at", SqlType.TIMESTAMP, ""),
            RowSchema.field("reading_date", SqlType.DATE, ""),
            RowSchema.field("tamper_alert", SqlType.BOOLEAN, ""));

    public static void main(String... args) throws Exception {
        int events = 100_000, batch = 5_000, streams = 4, runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--streams" -> streams = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<RowBatch> batches = batches(events, batch);
        int several = streams;
        // warm up the JIT and the native library once
        encode(batches, RecordFormat.JSON);
        encode(batches, RecordFormat.PROTO);
        send(batches.subList(0, 1), RecordFormat.JSON, 1);
        send(batches.subList(0, 1), RecordFormat.PROTO, 1);

        // rounds interleave the measures, so a burst of load on the shared machine hits all of them alike
        String[] names = {"encode only: Zerobus JSON records", "encode only: protobuf messages (DynamicMessage)",
                "ZerobusSink, JSON, 1 stream, acknowledged", "ZerobusSink, JSON, " + several + " streams, acknowledged",
                "ZerobusSink, proto, 1 stream, acknowledged", "ZerobusSink, proto, " + several + " streams, acknowledged"};
        double[][] rates = new double[names.length][runs];
        for (int round = 0; round < runs; round++) {
            rates[0][round] = encode(batches, RecordFormat.JSON);
            rates[1][round] = encode(batches, RecordFormat.PROTO);
            rates[2][round] = send(batches, RecordFormat.JSON, 1);
            rates[3][round] = send(batches, RecordFormat.JSON, several);
            rates[4][round] = send(batches, RecordFormat.PROTO, 1);
            rates[5][round] = send(batches, RecordFormat.PROTO, several);
        }
        System.out.printf("%n%,d events of %d fields in batches of %,d, median of %d interleaved rounds, %d cores (load average %.1f), Java %s%n",
                events, METER.size(), batch, runs, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        System.out.println("| measure | events/s | ratio to JSON encoding |");
        System.out.println("|---|---|---|");
        double baseline = median(rates[0]);
        for (int i = 0; i < names.length; i++) row(names[i], median(rates[i]), baseline);
    }

    static double median(double[] rates) {
        double[] r = rates.clone();
        Arrays.sort(r);
        return r[r.length / 2];
    }

    static void row(String what, double rate, double baseline) {
        System.out.printf("| %s | %,.0f | %.3f |%n", what, rate, rate / baseline);
    }

    /** Events/s of encoding every batch, nothing sent. */
    static double encode(List<RowBatch> batches, RecordFormat format) {
        ZerobusJsonEncoder json = ZerobusJsonEncoder.of(METER);
        ProtoSchema proto = ProtoSchema.of(METER);
        long n = 0, size = 0;
        long t0 = System.nanoTime();
        for (RowBatch b : batches) {
            if (format == RecordFormat.JSON) size += json.records(b.rows()).size();
            else size += proto.encode(b.rows()).size();
            n += b.size();
        }
        if (size != n) throw new IllegalStateException("encoded " + size + " of " + n);
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    /** Events/s acknowledged through a fresh local server; checks the server got every one. */
    static double send(List<RowBatch> batches, RecordFormat format, int streams) throws Exception {
        try (LocalZerobusServer server = LocalZerobusServer.start().table("main.iot.smart_meter", METER);
             ZerobusSink sink = ZerobusSink.into("main.iot.smart_meter", METER).at(server.endpoint())
                     .as(ServicePrincipal.of(server.workspaceUrl(), LocalZerobusServer.CLIENT_ID, LocalZerobusServer.CLIENT_SECRET))
                     .recordFormat(format).streams(streams)) {
            sink.open();
            long t0 = System.nanoTime();
            for (RowBatch b : batches) sink.write(b);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long expected = batches.stream().mapToLong(RowBatch::size).sum();
            if (sink.written() != expected || server.acknowledged().size() != expected) {
                throw new IllegalStateException("written " + sink.written() + ", acknowledged on the server " + server.acknowledged().size() + ", expected " + expected);
            }
            return expected / seconds;
        }
    }

    static List<RowBatch> batches(int events, int size) {
        List<RowBatch> out = new ArrayList<>();
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        SplittableRandom r = new SplittableRandom(7);
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= events; id++) {
            rows.add(new Object[] {id, String.format("meter-%06d", id % 5000), Math.round(r.nextDouble(0, 90_000) * 1000) / 1000.0, 220 + r.nextInt(20),
                    t0.plusMillis(id * 10), LocalDate.of(2026, 3, 1).plusDays(id % 30), id % 97 == 0});
            if (rows.size() == size || id == events) {
                out.add(new RowBatch(METER, rows, out.size() + 1, t0.plusSeconds(out.size())));
                rows = new ArrayList<>();
            }
        }
        return out;
    }
}
