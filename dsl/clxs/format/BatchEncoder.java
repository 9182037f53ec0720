package clxs.format;

import clxs.model.RowBatch;

/**
 * Turns a batch of rows into bytes for a destination that stores or ships them whole (a file in a
 * volume, a line stream on standard output). Derived from the batch's {@link clxs.model.RowSchema},
 * never hand-written per destination.
 */
public interface BatchEncoder {

    /** {@code json} for NDJSON: the extension of the files this encoding is stored in. */
    String fileExtension();

    /** The whole batch, encoded. */
    byte[] encode(RowBatch batch);
}
