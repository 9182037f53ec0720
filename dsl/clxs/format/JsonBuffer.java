package clxs.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that JSON is written into by hand: no reflection, no intermediate
 * strings, numbers written digit by digit. Reused across rows and batches ({@link #reset()}).
 *
 * <p>Fixed-point numbers follow one rule that any language can repeat exactly:
 * {@code n = floor(x * 10^d + 0.5)} (in IEEE doubles, {@code 10^d} taken from the exact table
 * 1, 10, ..., 10^9), written as the integer {@code n} with a decimal point {@code d} digits from
 * the right and zeros padded so exactly {@code d} places follow it ({@code 5} with {@code d = 2}
 * is {@code 0.05}; {@code -15} with {@code d = 1} is {@code -1.5}; zero never gets a sign).
 */
public final class JsonBuffer {

    /** 10^0 .. 10^9 as doubles (all exact), indexed by a number of decimal places. */
    public static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long[] LONG_POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L};
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** |n| below this converts exactly between double and long. */
    private static final double EXACT_LIMIT = 9.007199254740992E15;

    private byte[] bytes;
    private int size;

    public JsonBuffer() {
        this(8192);
    }

    public JsonBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public int size() {
        return size;
    }

    public void reset() {
        size = 0;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** The bytes written so far, as UTF-8 text (for tests and single records). */
    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    public JsonBuffer writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        return this;
    }

    /** Raw bytes, already valid JSON (a precomputed {@code "name":}). */
    public JsonBuffer writeRaw(byte[] raw) {
        ensure(raw.length);
        System.arraycopy(raw, 0, bytes, size, raw.length);
        size += raw.length;
        return this;
    }

    public JsonBuffer writeNull() {
        ensure(4);
        bytes[size++] = 'n';
        bytes[size++] = 'u';
        bytes[size++] = 'l';
        bytes[size++] = 'l';
        return this;
    }

    public JsonBuffer writeBoolean(boolean b) {
        return writeRaw(b ? TRUE : FALSE);
    }

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    public JsonBuffer writeLong(long v) {
        ensure(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) return writeRaw("-9223372036854775808".getBytes(StandardCharsets.US_ASCII));
            bytes[size++] = '-';
            v = -v;
        }
        writeDigits(v, 0);
        return this;
    }

    /** The non-negative {@code v} in decimal, left-padded with zeros to {@code minDigits}. */
    public JsonBuffer writeDigits(long v, int minDigits) {
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) digits++;
        int width = Math.max(digits, minDigits);
        ensure(width);
        int end = size + width;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size = end;
        return this;
    }

    /** {@code x} rounded to {@code decimals} places and written with exactly that many (see the class comment). */
    public JsonBuffer writeFixed(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new IllegalArgumentException("JSON has no " + x);
        double scaled = Math.floor(x * POWERS_OF_TEN[decimals] + 0.5);
        if (Math.abs(scaled) >= EXACT_LIMIT) {
            // beyond 2^53 a double holds no fractional digits; its decimal expansion is exact
            return writeAscii(new java.math.BigDecimal(x).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        return writeScaled((long) scaled, decimals);
    }

    /** The integer {@code n} with a decimal point {@code decimals} digits from its right. */
    public JsonBuffer writeScaled(long n, int decimals) {
        if (decimals == 0) return writeLong(n);
        ensure(decimals + 22);
        if (n < 0) {
            bytes[size++] = '-';
            n = -n;
        }
        long p = LONG_POWERS[decimals];
        writeDigits(n / p, 1);
        bytes[size++] = '.';
        writeDigits(n % p, decimals);
        return this;
    }

    /** A string known to need no escaping (digits, ISO dates). */
    public JsonBuffer writeAscii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) bytes[size++] = (byte) s.charAt(i);
        return this;
    }

    /** A JSON string literal: quotes, escapes for {@code " \ } and control characters, UTF-8 for the rest. */
    public JsonBuffer writeString(String s) {
        int n = s.length();
        ensure(6 * n + 2); // a char takes at most six bytes (\\u001f)
        bytes[size++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[size++] = (byte) c;
            } else {
                writeEscaped(s, i, c);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            }
        }
        bytes[size++] = '"';
        return this;
    }

    private void writeEscaped(String s, int i, char c) {
        switch (c) {
            case '"' -> { bytes[size++] = '\\'; bytes[size++] = '"'; }
            case '\\' -> { bytes[size++] = '\\'; bytes[size++] = '\\'; }
            case '\n' -> { bytes[size++] = '\\'; bytes[size++] = 'n'; }
            case '\r' -> { bytes[size++] = '\\'; bytes[size++] = 'r'; }
            case '\t' -> { bytes[size++] = '\\'; bytes[size++] = 't'; }
            default -> {
                if (c < 0x20) {
                    bytes[size++] = '\\';
                    bytes[size++] = 'u';
                    bytes[size++] = '0';
                    bytes[size++] = '0';
                    bytes[size++] = HEX[c >> 4];
                    bytes[size++] = HEX[c & 0xf];
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    bytes[size++] = (byte) (0xf0 | (cp >> 18));
                    bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    bytes[size++] = (byte) (0x80 | (cp & 0x3f));
                } else if (Character.isSurrogate(c)) {
                    bytes[size++] = '?'; // a lone surrogate has no UTF-8 form
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xc0 | (c >> 6));
                    bytes[size++] = (byte) (0x80 | (c & 0x3f));
                } else {
                    bytes[size++] = (byte) (0xe0 | (c >> 12));
                    bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    bytes[size++] = (byte) (0x80 | (c & 0x3f));
                }
            }
        }
    }

    /** {@code epochMicros} as {@code "yyyy-MM-ddTHH:mm:ss.ffffffZ"}, quotes included (see {@link Timestamps}). */
    public JsonBuffer writeTimestampString(long epochMicros) {
        ensure(29);
        bytes[size++] = '"';
        size = Timestamps.writeIso(epochMicros, bytes, size);
        bytes[size++] = '"';
        return this;
    }

    /** {@code epochDay} as {@code "yyyy-MM-dd"}, quotes included. */
    public JsonBuffer writeDateString(long epochDay) {
        ensure(12);
        bytes[size++] = '"';
        size = Timestamps.writeDate(epochDay, bytes, size);
        bytes[size++] = '"';
        return this;
    }
}
