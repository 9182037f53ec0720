package clxs.stream;

import java.nio.charset.StandardCharsets;

/**
 * The streams' random number generator: SplitMix64 (Steele, Lea and Flood, 2014; the generator
 * behind {@code java.util.SplittableRandom}), written out so other languages can repeat it bit for
 * bit with 64-bit unsigned integers. All arithmetic is modulo 2^64, shifts are logical.
 *
 * <pre>
 * GOLDEN = 0x9E3779B97F4A7C15
 * mix64(z):  z = (z ^ (z &gt;&gt; 30)) * 0xBF58476D1CE4E5B9
 *            z = (z ^ (z &gt;&gt; 27)) * 0x94D049BB133111EB
 *            return z ^ (z &gt;&gt; 31)
 * nextLong(): state = state + GOLDEN; return mix64(state)
 * nextDouble(): (nextLong() &gt;&gt; 11) * 2^-53                    in [0, 1)
 * index(n):    ((nextLong() &gt;&gt; 32) * n) &gt;&gt; 32                in [0, n), 1 &lt;= n &lt;= 2^31
 * fnv1a64(s):  h = 0xCBF29CE484222325; for each UTF-8 byte b: h = (h ^ b) * 0x100000001B3
 * seedOf(seed, stream, device) = mix64(mix64(seed ^ fnv1a64(stream)) + (device + 1) * GOLDEN)
 * </pre>
 */
public final class SplitMix64 {

    public static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    public SplitMix64(long state) {
        this.state = state;
    }

    /** A generator for one device of one stream ({@code stream} is the profile name, or {@code <profile>/delivery}). */
    public static SplitMix64 forDevice(long seed, String stream, long device) {
        return new SplitMix64(seedOf(seed, stream, device));
    }

    public static long seedOf(long seed, String stream, long device) {
        return mix64(mix64(seed ^ fnv1a64(stream)) + (device + 1) * GOLDEN);
    }

    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static long fnv1a64(String s) {
        long h = 0xCBF29CE484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001B3L;
        return h;
    }

    public long nextLong() {
        return mix64(state += GOLDEN);
    }

    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** A uniform position in {@code [0, n)}, {@code 1 <= n <= 2^31}. */
    public long index(long n) {
        return ((nextLong() >>> 32) * n) >>> 32;
    }

    /** The state, to save and resume ({@link #hex}). */
    public long state() {
        return state;
    }

    /** A 64-bit value as 16 lower-case hex digits (unsigned). */
    public static String hex(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }

    public static long parseHex(String hex) {
        if (hex == null || hex.length() != 16) throw new IllegalArgumentException("a generator state is 16 hex digits, got " + hex);
        return Long.parseUnsignedLong(hex, 16);
    }
}
