/**
 * Row formats derived from a {@link clxs.model.RowSchema}: NDJSON lines for volume files and
 * standard output, and the same encoder with other per-type value writers for Zerobus JSON records
 * ({@link clxs.format.JsonValueWriters#ZEROBUS}: TIMESTAMP as int64 epoch microseconds, DATE as
 * int32 epoch days). Written by hand into a byte buffer: the encoding is part of the streams'
 * reproducibility contract (see {@code clxs.stream}), so its digits must not depend on
 * {@code Double.toString}.
 */
package clxs.format;
