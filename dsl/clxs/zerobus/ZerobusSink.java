package clxs.zerobus;

import clxs.databricks.ServicePrincipal;
import clxs.databricks.WorkspaceConfigException;
import clxs.format.ProtoSchema;
import clxs.format.ZerobusJsonEncoder;
import clxs.model.RowSchema;
import clxs.sink.BatchFailedException;
import clxs.model.RowBatch;
import clxs.sink.Sink;
import clxs.sink.SinkException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Rows streamed into a managed Delta table through Zerobus, with the real Zerobus Java SDK
 * (loaded, with its native library, only when {@link #open()} runs). A row counts as written only
 * once the service has acknowledged its request: {@link #write} sends the batch and waits for its
 * last offset. Streams that end (the service closes each about every 15 minutes) are reopened and
 * what was not acknowledged is sent again from clxs's own buffer ({@link ZerobusSummary#duplicatesPossible()}
 * then says so). A batch the service refuses (records that do not match the table) is a
 * {@link BatchFailedException} with the service's message, and the sink goes on with the next.
 *
 * <pre>{@code
 * try (ZerobusSink sink = ZerobusSink.into("main.iot.smart_meter", meter)
 *         .at("https://1234567890.zerobus.us-west-2.cloud.databricks.com")
 *         .as(ServicePrincipal.resolve(null, null, null, null))
 *         .recordFormat(RecordFormat.PROTO)
 *         .streams(2)) {
 *     sink.open();
 *     sink.write(batch);
 *     sink.summary();   // events_acknowledged, stream_reopens, batch_errors, last_error, ...
 * }
 * }</pre>
 *
 * Authentication is OAuth machine-to-machine with a service principal only: the Java SDK has no
 * hook for custom headers, so a personal access token cannot be used ({@link #PAT_NOT_SUPPORTED}).
 */
public final class ZerobusSink implements Sink {

    /** The documented per-stream limit; above it a run needs several streams ({@link #streamsFor}). */
    public static final int RECORDS_PER_SECOND_PER_STREAM = 15_000;

    /** Why {@code --auth pat} is refused. */
    public static final String PAT_NOT_SUPPORTED = "Zerobus with a personal access token is not possible from Java: the Zerobus Java SDK (1.0.1) "
            + "only authenticates with OAuth service principal credentials and has no hook for other headers; "
            + "use a service principal (--client-id/--client-secret, DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET or a profile)";

    /** Every setting of a sink; a sink is configured by copying it. */
    private record Settings(String table, RowSchema schema, String serverEndpoint, ServicePrincipal principal, RecordFormat format, int streams,
                            Duration openTimeout, Duration ackTimeout, Delivery.Limits limits) {}

    /** Step 2: where the table's workspace streams are served. */
    public interface EndpointStep {
        /** The Zerobus endpoint, {@code https://<workspace_id>.zerobus.<region>.<cloud domain>} (see {@link ZerobusEndpoint}). */
        CredentialsStep at(String serverEndpoint);
    }

    /** Step 3: who writes. */
    public interface CredentialsStep {
        /** The service principal (its workspace URL is where tokens come from). */
        ZerobusSink as(ServicePrincipal principal);
    }

    private final Settings settings;
    private Delivery delivery;
    private ZerobusJsonEncoder json;
    private ProtoSchema proto;
    private boolean closed;
    private long batches;
    private long failedEvents;
    private long batchErrors;
    private String lastError;

    private ZerobusSink(Settings settings) {
        this.settings = settings;
    }

    /** Step 1: the table ({@code catalog.schema.table}, a managed Delta table with {@code schema}'s columns) and the rows' schema. */
    public static EndpointStep into(String table, RowSchema schema) {
        ZerobusTables.requireTableName(table);
        Objects.requireNonNull(schema, "schema");
        return endpoint -> {
            if (endpoint == null || endpoint.isBlank()) throw new IllegalArgumentException("no Zerobus server endpoint (derive it with 'clxs zerobus endpoint --host <workspace URL>')");
            return principal -> new ZerobusSink(new Settings(table, schema, endpoint.strip(), Objects.requireNonNull(principal, "principal"),
                    RecordFormat.JSON, 1, Duration.ofSeconds(30), Duration.ofSeconds(60), Delivery.Limits.DEFAULT));
        };
    }

    /** JSON (the default) or protobuf records. */
    public ZerobusSink recordFormat(RecordFormat format) {
        Settings s = settings;
        return new ZerobusSink(new Settings(s.table, s.schema, s.serverEndpoint, s.principal, Objects.requireNonNull(format, "format"), s.streams, s.openTimeout, s.ackTimeout, s.limits));
    }

    /** How many streams share the rows (each takes about {@value #RECORDS_PER_SECOND_PER_STREAM} records/s); ordering then holds per stream only. */
    public ZerobusSink streams(int streams) {
        if (streams < 1 || streams > 64) throw new IllegalArgumentException("streams must be 1..64, got " + streams);
        Settings s = settings;
        return new ZerobusSink(new Settings(s.table, s.schema, s.serverEndpoint, s.principal, s.format, streams, s.openTimeout, s.ackTimeout, s.limits));
    }

    /** How long opening a stream may take, and how long the service may leave a request unacknowledged before the stream counts as dead. */
    public ZerobusSink timeouts(Duration open, Duration ack) {
        Settings s = settings;
        return new ZerobusSink(new Settings(s.table, s.schema, s.serverEndpoint, s.principal, s.format, s.streams, open, ack, s.limits));
    }

    /** Request size and reopen policy (package-private: tests cut small requests and reopen without pauses). */
    ZerobusSink limits(Delivery.Limits limits) {
        Settings s = settings;
        return new ZerobusSink(new Settings(s.table, s.schema, s.serverEndpoint, s.principal, s.format, s.streams, s.openTimeout, s.ackTimeout, limits));
    }

    /** Streams for a target rate: one per {@value #RECORDS_PER_SECOND_PER_STREAM} events/s, at least one. */
    public static int streamsFor(double eventsPerSecond) {
        return (int) Math.max(1, Math.min(64, Math.ceil(eventsPerSecond / RECORDS_PER_SECOND_PER_STREAM)));
    }

    /**
     * Checks an {@code --auth} value: {@code oauth} (or null) passes, {@code pat} is refused with
     * {@link #PAT_NOT_SUPPORTED}.
     */
    public static void requireOAuth(String authMode) {
        if (authMode == null || authMode.equalsIgnoreCase("oauth")) return;
        if (authMode.equalsIgnoreCase("pat")) throw new WorkspaceConfigException("auth", PAT_NOT_SUPPORTED);
        throw new WorkspaceConfigException("auth", "auth mode '" + authMode + "' is not one of oauth, pat (and pat is not possible: " + PAT_NOT_SUPPORTED + ")");
    }

    @Override
    public String describe() {
        return "Zerobus " + (settings.streams > 1 ? settings.streams + " streams" : "stream") + " of " + settings.format + " records to " + settings.table + " at " + settings.serverEndpoint;
    }

    /**
     * Loads the SDK and opens the streams (each exchanges the credentials for a token first).
     *
     * @throws WorkspaceConfigException for refused credentials ({@code credentials}), missing privileges ({@code permissions}),
     *                                  or a table Zerobus cannot write to ({@code table}); a configuration error, nothing was sent
     * @throws NativeLibraryException   when the SDK cannot run on this platform
     */
    @Override
    public void open() {
        if (delivery != null) throw new IllegalStateException(describe() + " is already open");
        if (closed) throw new IllegalStateException(describe() + " is closed");
        if (settings.format == RecordFormat.PROTO) proto = ProtoSchema.of(settings.schema);
        else json = ZerobusJsonEncoder.of(settings.schema);
        SdkStreams.Target target = new SdkStreams.Target(settings.serverEndpoint, settings.principal.host(), settings.table, settings.principal.clientId(),
                settings.principal.clientSecret(), proto == null ? null : proto.descriptorProto(), settings.openTimeout, settings.ackTimeout,
                Math.max(50_000, 2 * settings.limits.maxRecordsPerRequest()));
        IngestStream.Opener opener;
        try {
            opener = SdkStreams.connect(target);
        } catch (LinkageError e) {
            throw NativeLibraryException.of(e);
        }
        open(opener);
    }

    /** Opens over any stream opener (the SDK's, or a scripted one in tests). */
    void open(IngestStream.Opener opener) {
        Delivery d = new Delivery(opener, settings.streams, settings.limits);
        try {
            d.open();
        } catch (StreamFailure f) {
            d.close();
            throw failed(f);
        }
        delivery = d;
    }

    /**
     * Sends the batch and returns once the service acknowledged it.
     *
     * @throws BatchFailedException when the service refused some of its records (or they could not be
     *                              delivered after {@code maxReopensPerWrite} reopened streams); the sink stays open
     * @throws WorkspaceConfigException or {@link SinkException} when the stream cannot go on at all
     */
    @Override
    public void write(RowBatch batch) {
        if (closed) throw new IllegalStateException(describe() + " is closed");
        if (delivery == null) throw new IllegalStateException("open() " + describe() + " before writing");
        if (!batch.schema().equals(settings.schema)) {
            throw new IllegalArgumentException("a batch of " + batch.schema().name() + " does not have the row schema " + settings.schema.name() + " this sink was opened with");
        }
        if (batch.isEmpty()) return;
        batches++;
        List<?> records;
        try {
            records = json != null ? json.records(batch.rows()) : proto.encode(batch.rows());
        } catch (IllegalArgumentException e) {
            throw batchFailed("batch " + batch.sequence() + " cannot be encoded: " + e.getMessage(), batch.size());
        }
        Delivery.Outcome outcome;
        try {
            outcome = delivery.deliver(records);
        } catch (StreamFailure f) {
            failedEvents += batch.size();
            batchErrors++;
            lastError = f.getMessage();
            throw failed(f);
        }
        if (outcome.failed() > 0) throw batchFailed("batch " + batch.sequence() + ": " + outcome.failed() + " of " + batch.size() + " events not delivered: " + outcome.error(), outcome.failed());
    }

    private BatchFailedException batchFailed(String message, long lost) {
        failedEvents += lost;
        batchErrors++;
        lastError = message;
        return new BatchFailedException(message, lost);
    }

    private RuntimeException failed(StreamFailure f) {
        return switch (f.kind()) {
            case CREDENTIALS -> new WorkspaceConfigException("credentials", f.getMessage());
            case PERMISSION -> new WorkspaceConfigException("permissions", f.getMessage());
            case TABLE -> new WorkspaceConfigException("table", f.getMessage());
            default -> new SinkException("Zerobus stream to " + settings.table + " failed: " + f.getMessage());
        };
    }

    /** Nothing to do: {@link #write} returns only once its batch is acknowledged. */
    @Override
    public void flush() {
        if (delivery == null) throw new IllegalStateException("open() " + describe() + " before flushing");
    }

    /** Events acknowledged by the service (each counted once, however often it was sent). */
    @Override
    public long written() {
        return delivery == null ? 0 : delivery.acknowledged();
    }

    @Override
    public java.util.Map<String, Object> report() {
        ZerobusSummary z = summary();
        java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("table", z.table());
        r.put("record_format", z.recordFormat());
        r.put("streams", z.streams());
        r.put("events_acknowledged", z.eventsAcknowledged());
        r.put("stream_reopens", z.streamReopens());
        r.put("events_resent", z.eventsResent());
        r.put("duplicates_possible", z.duplicatesPossible());
        r.put("acked_offsets", z.ackedOffsets());
        if (z.batchErrors() > 0) r.put("batch_errors", z.batchErrors());
        return r;
    }

    public ZerobusSummary summary() {
        Delivery d = delivery;
        return new ZerobusSummary(settings.table, settings.serverEndpoint, settings.format.toString(), settings.streams, batches,
                d == null ? 0 : d.acknowledged(), failedEvents, batchErrors, lastError, d == null ? 0 : d.reopens(), d == null ? 0 : d.resent(),
                d != null && d.duplicatesPossible(), d == null ? List.of() : d.ackedOffsets());
    }

    /** Closes the streams (which flushes them) and the SDK; calling it again does nothing. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (delivery != null) delivery.close();
    }

    @Override
    public String toString() {
        return "ZerobusSink[" + describe() + ", " + settings.principal + "]";
    }
}
