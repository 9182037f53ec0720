package clxs.zerobus;

import clxs.databricks.Secret;
import com.databricks.zerobus.AckCallback;
import com.databricks.zerobus.NativeLoader;
import com.databricks.zerobus.NonRetriableException;
import com.databricks.zerobus.StreamConfigurationOptions;
import com.databricks.zerobus.ZerobusJsonStream;
import com.databricks.zerobus.ZerobusProtoStream;
import com.databricks.zerobus.ZerobusSdk;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only class that touches the Zerobus SDK (and so its 30 MB native library, loaded when this
 * class first creates a {@link ZerobusSdk}): opens JSON or proto streams with the SDK's own
 * recovery off (clxs re-sends from its own buffer, see {@link Delivery}) and turns SDK errors into
 * {@link StreamFailure}s.
 */
final class SdkStreams implements IngestStream.Opener {

    static {
        // the SDK logs through SLF4J: its INFO lines and the WARN of closing a dead stream are noise here,
        // and a native library that cannot load is reported by clxs itself
        quiet("org.slf4j.simpleLogger.log.com.databricks.zerobus", "error");
        quiet("org.slf4j.simpleLogger.log.com.databricks.zerobus.NativeLoader", "off");
    }

    /** What a stream is opened with. */
    record Target(String serverEndpoint, String workspaceUrl, String table, String clientId, Secret clientSecret, DescriptorProto descriptor,
                  Duration openTimeout, Duration ackTimeout, int maxInflightRecords) {}

    private final ZerobusSdk sdk;
    private final Target target;

    private SdkStreams(ZerobusSdk sdk, Target target) {
        this.sdk = sdk;
        this.target = target;
    }

    /**
     * Loads the SDK and its native library.
     *
     * @throws NativeLibraryException when the library cannot load on this platform
     */
    static SdkStreams connect(Target target) {
        if (!NativeLoader.isLoaded()) throw NativeLibraryException.of(NativeLoader.getLoadError());
        return new SdkStreams(new ZerobusSdk(target.serverEndpoint(), target.workspaceUrl()), target);
    }

    @Override
    public IngestStream open() throws StreamFailure {
        AtomicLong acked = new AtomicLong(-1);
        StreamConfigurationOptions options = StreamConfigurationOptions.builder()
                .setRecovery(false)
                .setMaxInflightRecords(target.maxInflightRecords())
                .setServerLackOfAckTimeoutMs(millis(target.ackTimeout()))
                .setFlushTimeoutMs(millis(target.ackTimeout()))
                .setRecoveryTimeoutMs(millis(target.openTimeout()))
                .setAckCallback(new AckCallback() {
                    @Override
                    public void onAck(long offset) {
                        acked.accumulateAndGet(offset, Math::max);
                    }

                    @Override
                    public void onError(long offset, String message) {
                        // the failing wait or send reports it, with the same message
                    }
                })
                .build();
        String secret = target.clientSecret().reveal();
        try {
            if (target.descriptor() == null) {
                ZerobusJsonStream s = await(sdk.createJsonStream(target.table(), target.clientId(), secret, options));
                return new Stream(acked) {
                    @Override
                    long send(List<?> records) throws Exception {
                        @SuppressWarnings("unchecked")
                        List<String> json = (List<String>) records;
                        return s.ingestRecordsOffset(json).orElseThrow();
                    }

                    @Override
                    void waitOn(long offset) throws Exception {
                        s.waitForOffset(offset);
                    }

                    @Override
                    void release() throws Exception {
                        s.close();
                    }
                };
            }
            ZerobusProtoStream s = await(sdk.createProtoStream(target.table(), target.descriptor(), target.clientId(), secret, options));
            return new Stream(acked) {
                @Override
                long send(List<?> records) throws Exception {
                    @SuppressWarnings("unchecked")
                    List<byte[]> proto = (List<byte[]>) records;
                    return s.ingestRecordsOffset(proto).orElseThrow();
                }

                @Override
                void waitOn(long offset) throws Exception {
                    s.waitForOffset(offset);
                }

                @Override
                void release() throws Exception {
                    s.close();
                }
            };
        } catch (StreamFailure f) {
            throw f;
        } catch (Exception e) {
            StreamFailure f = failure(e, true);
            throw f;
        }
    }

    private <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(target.openTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new StreamFailure(StreamFailure.Kind.CLOSED, "opening the Zerobus stream to " + target.table() + " took longer than " + target.openTimeout().toSeconds() + " s");
        }
    }

    /** A stream's send, wait and close, with the SDK's exceptions turned into {@link StreamFailure}s. */
    private abstract class Stream implements IngestStream {
        private final AtomicLong acked;

        Stream(AtomicLong acked) {
            this.acked = acked;
        }

        abstract long send(List<?> records) throws Exception;

        abstract void waitOn(long offset) throws Exception;

        abstract void release() throws Exception;

        @Override
        public long ingest(List<?> records) throws StreamFailure {
            try {
                return send(records);
            } catch (Exception e) {
                throw failure(e, false);
            }
        }

        @Override
        public void waitFor(long offset) throws StreamFailure {
            try {
                waitOn(offset);
            } catch (Exception e) {
                throw failure(e, false);
            }
        }

        @Override
        public long ackedOffset() {
            return acked.get();
        }

        @Override
        public void close() {
            try {
                release();
            } catch (Exception | LinkageError e) {
                // already dead (the SDK's close of a failed stream throws or warns): nothing is lost, clxs holds the unacknowledged records
            }
        }
    }

    /** Sorts an SDK exception; {@code opening} tells a refused stream (a table problem) from a refused record. */
    StreamFailure failure(Throwable e, boolean opening) {
        String message = target.clientSecret().redact(ZerobusErrors.clean(String.valueOf(e.getMessage())));
        StreamFailure.Kind kind = ZerobusErrors.kind(message, e instanceof NonRetriableException, opening);
        return new StreamFailure(kind, ZerobusErrors.explain(kind, message, target.table(), target.clientId()));
    }

    @Override
    public void close() {
        try {
            sdk.close();
        } catch (RuntimeException e) {
            // closing is best effort
        }
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    private static void quiet(String property, String level) {
        if (System.getProperty(property) == null) System.setProperty(property, level);
    }
}
