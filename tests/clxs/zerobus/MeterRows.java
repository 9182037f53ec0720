package clxs.zerobus;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import clxs.model.RowBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A small smart-meter-like schema and its rows, for the Zerobus tests (the real profiles are {@code clxs.stream}'s). */
final class MeterRows {

    static final RowSchema METER = RowSchema.of("smart_meter",
            RowSchema.field("event_id", SqlType.BIGINT, "Unique per event, for deduplication"),
            RowSchema.field("meter_id", SqlType.STRING, "Meter serial"),
            RowSchema.decimalField("kwh", 3, "Energy used since installation"),
            RowSchema.field("voltage", SqlType.INT, "Line voltage").asNullable(),
            RowSchema.field("captured_at", SqlType.TIMESTAMP, "Event time"),
            RowSchema.field("reading_date", SqlType.DATE, "Billing day"),
            RowSchema.field("tamper_alert", SqlType.BOOLEAN, "Tamper switch open"));

    /** The same columns with {@code voltage} NOT NULL: a table that refuses rows without a voltage. */
    static final RowSchema METER_TABLE_VOLTAGE_REQUIRED = RowSchema.of("smart_meter",
            METER.fields().stream().map(f -> f.name().equals("voltage") ? new RowSchema.Field(f.name(), f.type(), 0, false, f.comment()) : f).toArray(RowSchema.Field[]::new));

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

    private MeterRows() {}

    /** Row {@code id}: every value a function of the id, so a test can rebuild what it expects. */
    static Object[] row(long id) {
        SplittableRandom r = new SplittableRandom(id);
        return new Object[] {
                id,
                String.format("meter-%06d", id % 500),
                Math.round(r.nextDouble(0, 90_000) * 1000) / 1000.0,
                (int) (220 + r.nextInt(20)),
                T0.plusMillis(id * 1500).plusNanos(id % 1000 * 1000),
                LocalDate.of(2026, 3, 1).plusDays(id % 40),
                id % 7 == 0};
    }

    /** {@code count} batches of {@code size} rows, event ids 1, 2, ... */
    static List<RowBatch> batches(int count, int size) {
        List<RowBatch> out = new ArrayList<>();
        long id = 1;
        for (int b = 1; b <= count; b++) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) rows.add(row(id++));
            out.add(new RowBatch(METER, rows, b, T0.plusSeconds(5L * b)));
        }
        return out;
    }
}
