package clxs.format;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one text form of event times: UTC, microseconds, always all fields and six fractional
 * digits, {@code 2025-03-01T08:00:00.250000Z} (27 characters). Years 0000..9999 only. Written by
 * integer arithmetic (the civil-from-days algorithm of H. Hinnant), so a Python port gets the
 * same characters from {@code datetime(1970, 1, 1) + timedelta(microseconds=n)} and
 * {@code strftime('%Y-%m-%dT%H:%M:%S.%fZ')}.
 */
public final class Timestamps {

    private static final long MICROS_PER_DAY = 86_400_000_000L;
    /** 0000-01-01 and 9999-12-31 as epoch days. */
    private static final long MIN_DAY = -719_528L;
    private static final long MAX_DAY = 2_932_896L;

    private Timestamps() {}

    public static long epochMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    public static Instant instant(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }

    /** {@code epochMicros} in the fixed form, without quotes. */
    public static String iso(long epochMicros) {
        byte[] b = new byte[27];
        writeIso(epochMicros, b, 0);
        return new String(b, StandardCharsets.US_ASCII);
    }

    public static String iso(Instant t) {
        return iso(epochMicros(t));
    }

    /** Writes the 27 characters at {@code at}; returns the position after them. */
    static int writeIso(long epochMicros, byte[] b, int at) {
        long day = Math.floorDiv(epochMicros, MICROS_PER_DAY);
        long micros = Math.floorMod(epochMicros, MICROS_PER_DAY);
        at = writeDate(day, b, at);
        long seconds = micros / 1_000_000L;
        b[at++] = 'T';
        at = two(seconds / 3600, b, at);
        b[at++] = ':';
        at = two(seconds / 60 % 60, b, at);
        b[at++] = ':';
        at = two(seconds % 60, b, at);
        b[at++] = '.';
        long frac = micros % 1_000_000L;
        for (int i = 5; i >= 0; i--) {
            b[at + i] = (byte) ('0' + frac % 10);
            frac /= 10;
        }
        at += 6;
        b[at++] = 'Z';
        return at;
    }

    /** {@code yyyy-MM-dd} of an epoch day; returns the position after it. */
    static int writeDate(long epochDay, byte[] b, int at) {
        if (epochDay < MIN_DAY || epochDay > MAX_DAY) throw new IllegalArgumentException("epoch day " + epochDay + " is outside years 0000..9999");
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        for (int i = 3; i >= 0; i--) {
            b[at + i] = (byte) ('0' + y % 10);
            y /= 10;
        }
        at += 4;
        b[at++] = '-';
        at = two(m, b, at);
        b[at++] = '-';
        return two(d, b, at);
    }

    private static int two(long v, byte[] b, int at) {
        b[at] = (byte) ('0' + v / 10);
        b[at + 1] = (byte) ('0' + v % 10);
        return at + 2;
    }
}
