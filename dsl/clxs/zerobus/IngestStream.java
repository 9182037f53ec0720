package clxs.zerobus;

import java.util.List;

/**
 * One open Zerobus stream, as the delivery logic sees it: the SDK's JSON or proto stream behind it
 * ({@link SdkStreams}), or a scripted stream in unit tests.
 */
interface IngestStream {

    /** Sends one request of records (JSON strings or serialized protobuf messages); returns its offset. */
    long ingest(List<?> records) throws StreamFailure;

    /** Returns once the service has acknowledged every request up to {@code offset}. */
    void waitFor(long offset) throws StreamFailure;

    /** The highest offset acknowledged so far (from the SDK's ack callback), -1 before the first. */
    long ackedOffset();

    /** Releases the stream; never throws (the stream may already be dead). */
    void close();

    /** Opens streams to one table with one set of credentials. */
    interface Opener extends AutoCloseable {
        IngestStream open() throws StreamFailure;

        @Override
        void close();
    }
}
