package clxs.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clxs.model.RowSchema;
import clxs.model.SqlType;
import clxs.model.RowBatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NdjsonEncoderTest {

    static final RowSchema ALL_TYPES = RowSchema.of("all_types",
            RowSchema.field("id", SqlType.BIGINT, ""),
            RowSchema.field("n", SqlType.INT, ""),
            RowSchema.decimalField("x", 2, ""),
            new RowSchema.Field("price", SqlType.decimal(10, 2), 0, true, ""),
            new RowSchema.Field("name", SqlType.STRING, 0, true, ""),
            RowSchema.field("ok", SqlType.BOOLEAN, ""),
            RowSchema.field("day", SqlType.DATE, ""),
            RowSchema.field("at", SqlType.TIMESTAMP, ""));

    static Object[] row(String name) {
        return new Object[] {42L, -7, 2.5, new BigDecimal("19.90"), name, true, LocalDate.of(2025, 3, 1), Instant.parse("2025-03-01T08:00:00.25Z")};
    }

    static String encode(NdjsonEncoder e, Object[]... rows) {
        return new String(e.encode(new RowBatch(e.schema(), List.of(rows), 1, Instant.EPOCH)), StandardCharsets.UTF_8);
    }

    @Test
    void everyTypeInItsFixedForm() {
        assertEquals("{\"id\":42,\"n\":-7,\"x\":2.50,\"price\":19.90,\"name\":\"a\",\"ok\":true,\"day\":\"2025-03-01\",\"at\":\"2025-03-01T08:00:00.250000Z\"}\n",
                encode(NdjsonEncoder.of(ALL_TYPES), row("a")));
        Object[] nulls = row(null);
        nulls[3] = null;
        String line = encode(NdjsonEncoder.of(ALL_TYPES), nulls);
        assertEquals(true, line.contains("\"price\":null,\"name\":null,"), line);
    }

    @Test
    void zerobusWritesTimesAsEpochMicrosAndDaysAsNumbers() {
        String line = encode(NdjsonEncoder.of(ALL_TYPES, JsonValueWriters.ZEROBUS), row("a"));
        assertEquals("{\"id\":42,\"n\":-7,\"x\":2.50,\"price\":19.90,\"name\":\"a\",\"ok\":true,\"day\":20148,\"at\":1740816000250000}\n", line);
        assertEquals(LocalDate.of(2025, 3, 1).toEpochDay(), 20148);
        assertEquals("{\"id\":42", NdjsonEncoder.of(ALL_TYPES, JsonValueWriters.ZEROBUS).rowJson(row("a")).substring(0, 8));
    }

    @Test
    void stringsAreEscapedAndUtf8() throws Exception {
        String tricky = "quote\" back\\ nl\n tab\t ctl\u0001 é ü 漢 😀 end";
        String line = encode(NdjsonEncoder.of(ALL_TYPES), row(tricky));
        JsonNode parsed = new ObjectMapper().readTree(line);
        assertEquals(tricky, parsed.get("name").asText(), "Jackson reads back the same string");
        assertEquals(true, line.contains("\\u0001"));
    }

    @Test
    void fixedDecimalsFollowOneRule() {
        JsonBuffer b = new JsonBuffer();
        double[] values = {0.05, -1.5, 1e-9, -0.0004, 12345678.9, 2.675, 1.005, -0.0, 1e17};
        int[] decimals = {2, 1, 3, 3, 1, 2, 2, 2, 1};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            b.reset();
            out.add(b.writeFixed(values[i], decimals[i]).toString());
        }
        // floor(x * 10^d + 0.5) in doubles (as Python computes it): 2.675 * 100 is 267.5, but 1.005 * 100 is 100.49999999999999
        assertEquals(List.of("0.05", "-1.5", "0.000", "0.000", "12345678.9", "2.68", "1.00", "0.00", "100000000000000000.0"), out);
        assertThrows(IllegalArgumentException.class, () -> new JsonBuffer().writeFixed(Double.NaN, 2));
    }

    @Test
    void timestampsMatchJavaTimeAcrossTheYears() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
        SplittableRandom r = new SplittableRandom(1);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(), max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(min, max + 1), r.nextInt(1_000_000) * 1_000L);
            assertEquals(f.format(t), Timestamps.iso(t));
            assertEquals(t, Timestamps.instant(Timestamps.epochMicros(t)));
        }
        assertEquals("1969-12-31T23:59:59.999999Z", Timestamps.iso(-1));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.iso(Instant.parse("+10000-01-01T00:00:00Z")));
    }

    @Test
    void anEncoderTakesOnlyItsSchema() {
        RowSchema other = RowSchema.of("other", RowSchema.field("id", SqlType.BIGINT, ""));
        assertThrows(IllegalArgumentException.class,
                () -> NdjsonEncoder.of(ALL_TYPES).encode(new RowBatch(other, List.<Object[]>of(new Object[] {1L}), 1, Instant.EPOCH)));
    }
}
