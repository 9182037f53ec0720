package clxs.plan;

import java.nio.charset.StandardCharsets;

/**
 * Salts for {@link Expr.HashInt}/{@link Expr.HashUnit}: one per (seed, namespace, draw), so each
 * column and each draw within a column gets independent values, and a new seed changes them all.
 */
public final class Salts {

    private Salts() {}

    /** A positive 31-bit salt (it renders as a plain INTEGER literal on every engine). */
    public static int of(long seed, String namespace, int draw) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (byte b : namespace.getBytes(StandardCharsets.UTF_8)) h = mix(h ^ (b & 0xff));
        h = mix(h ^ draw);
        int salt = (int) (h & 0x7fffffffL);
        return salt == 0 ? 1 : salt;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A fresh seed for runs that do not set one. */
    public static long randomSeed() {
        return new java.security.SecureRandom().nextInt(1, Integer.MAX_VALUE);
    }
}
