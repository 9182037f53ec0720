package clxs.plan;

/** Operators and functions of {@link Expr.Call}; each dialect spells them. */
public enum Op {
    ADD, SUB, MUL, DIV, MOD,
    /** Integer division, truncating. */
    INT_DIV,
    LT, LE, EQ,
    FLOOR,
    /** {@code ROUND(x, places)}. */
    ROUND,
    POW, EXP, LN, SQRT, COS,
    LEAST, GREATEST,
    CONCAT,
    /**
     * Concatenation of parts that are never NULL (codes, phone numbers): one n-ary {@code concat()},
     * several times faster than a chain of {@code ||} once the text outgrows DuckDB's 12 inline bytes.
     */
    CONCAT_NON_NULL,
    LOWER,
    /** {@code LPAD(text, width, fill)}. */
    LPAD,
    /** Hex SHA-256 of a string. */
    SHA256,
    /** Character for a code point (65 = 'A'). */
    CHR,
    /**
     * {@code BASE36(n, width)}: a whole number {@code 0 <= n < 36^width} in the digits 0-9, A-Z,
     * zero-padded to {@code width}: a run of code characters in one call instead of one lookup per
     * character.
     */
    BASE36,
    /**
     * {@code AFFINE_MOD(x, a, b, m)}: {@code (x * a + b) mod m} as a BIGINT, computed in 128-bit
     * integers because the product may not fit in 64 bits.
     */
    AFFINE_MOD,
    TO_STRING,
    /** {@code date + n days}. */
    ADD_DAYS,
    /** {@code timestamp + n seconds}. */
    ADD_SECONDS,
    /**
     * {@code WITH_ROW_ID(hash, id)}: evaluate a {@link Expr.HashInt}/{@link Expr.HashUnit} at another
     * row id (a foreign key's parent row) instead of the current row's.
     */
    WITH_ROW_ID
}
