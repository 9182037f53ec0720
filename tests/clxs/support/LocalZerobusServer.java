package clxs.support;

import clxs.model.RowSchema;
import com.databricks.zerobus.CreateIngestStreamResponse;
import com.databricks.zerobus.EphemeralStreamRequest;
import com.databricks.zerobus.EphemeralStreamResponse;
import com.databricks.zerobus.IngestRecordResponse;
import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpServer;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Zerobus: the gRPC service {@code databricks.zerobus.Zerobus/EphemeralStream} (plaintext
 * HTTP/2) and the workspace's OAuth endpoint {@code /oidc/v1/token}, enough for the REAL
 * zerobus-ingest-sdk (Rust core through JNI) to run against it. It is not Databricks: it knows the
 * tables it is given, checks each record against the table's columns the way the service does
 * (field names, required fields, wire types: TIMESTAMP and DATE must be integers) and keeps every
 * record it receives, so tests compare what the sink reports with what arrived.
 *
 * <p>Protocol facts (from {@code poc/zerobus-local}): the Rust client waits for the response headers
 * before it sends the create-stream request, so headers go out eagerly; batches travel as field 3
 * of the request, unknown to the Java classes in the SDK jar, and are decoded by hand here.
 */
public final class LocalZerobusServer implements AutoCloseable {

    /** The client secret the token endpoint accepts; recognisable, so tests can prove it never leaks. */
    public static final String CLIENT_ID = "6a83b1a4-0000-4000-8000-clxs00000001";
    public static final String CLIENT_SECRET = "dose-CLXS-ZEROBUS-SECRET-4b2e91";

    static final String SERVICE = "databricks.zerobus.Zerobus";
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> TABLE_HEADER = Metadata.Key.of("x-databricks-zerobus-table-name", Metadata.ASCII_STRING_MARSHALLER);

    /** One record as it arrived: on which stream (0, 1, ... in order of creation), at which request offset, acknowledged or not. */
    public record Received(int stream, long offset, String json, byte[] proto) {}

    /** One token request: the decoded form and the Authorization header. */
    public record TokenRequest(Map<String, String> form, String authorization) {}

    private final Map<String, RowSchema> tables = new ConcurrentHashMap<>();
    // appended to by every request: synchronized lists, not copy-on-write ones (which copy the whole list per request)
    private final List<Received> received = new ArrayList<>();
    private final List<Received> acknowledged = new ArrayList<>();
    private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<StreamInfo> streams = new CopyOnWriteArrayList<>();
    private final List<Long> closeAt = new CopyOnWriteArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();
    private volatile int tokenStatus = 200;
    private volatile Status rejectCreate;

    private final Server grpc;
    private final HttpServer oauth;

    /** What the service saw when a stream was created. */
    public record StreamInfo(String table, int recordType, String authorization, DescriptorProto descriptor) {}

    private LocalZerobusServer() throws IOException {
        grpc = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(ServerInterceptors.intercept(service(), new EagerHeaders()))
                .build().start();
        oauth = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        oauth.createContext("/oidc/v1/token", ex -> {
            Map<String, String> form = new LinkedHashMap<>();
            for (String kv : new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                int i = kv.indexOf('=');
                if (i > 0) form.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            tokenRequests.add(new TokenRequest(form, auth == null ? "" : auth));
            int status = tokenStatus;
            String expected = "Basic " + java.util.Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
            if (status == 200 && !expected.equals(auth)) status = 401;
            byte[] body = (status == 200
                    ? "{\"access_token\":\"local-zerobus-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                    : "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        oauth.start();
    }

    public static LocalZerobusServer start() throws IOException {
        return new LocalZerobusServer();
    }

    /** Creates table {@code catalog.schema.name} with the columns (and NOT NULLs) of {@code schema}. */
    public LocalZerobusServer table(String fullName, RowSchema schema) {
        tables.put(fullName, schema);
        return this;
    }

    /** {@code http://127.0.0.1:PORT}: the server endpoint (plaintext, as the SDK does for an http:// endpoint). */
    public String endpoint() {
        return "http://127.0.0.1:" + grpc.getPort();
    }

    /** {@code http://127.0.0.1:PORT}: the workspace URL, where {@code /oidc/v1/token} answers. */
    public String workspaceUrl() {
        return "http://127.0.0.1:" + oauth.getAddress().getPort();
    }

    /** The HTTP status of the token endpoint from now on (200 hands out tokens to the right credentials). */
    public void tokenStatus(int status) {
        tokenStatus = status;
    }

    /** Fails every create-stream request with {@code status} (a stream is refused before any record). */
    public void rejectStreams(Status status) {
        rejectCreate = status;
    }

    /**
     * Closes the stream that receives record number {@code n} (counting every record received, from
     * 1), as the service does every ~15 minutes: that request is kept but never acknowledged, so the
     * client cannot know whether it landed.
     */
    public void closeStreamAtRecords(long... n) {
        for (long x : n) closeAt.add(x);
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Records in requests the server acknowledged. */
    public List<Received> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    public List<TokenRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    public List<StreamInfo> streams() {
        return List.copyOf(streams);
    }

    /** Streams the server closed on its own (see {@link #closeStreamAtRecords}). */
    public int closes() {
        return closes.get();
    }

    private ServerServiceDefinition service() {
        MethodDescriptor<EphemeralStreamRequest, EphemeralStreamResponse> method = MethodDescriptor.<EphemeralStreamRequest, EphemeralStreamResponse>newBuilder()
                .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
                .setFullMethodName(SERVICE + "/EphemeralStream")
                .setRequestMarshaller(ProtoUtils.marshaller(EphemeralStreamRequest.getDefaultInstance()))
                .setResponseMarshaller(ProtoUtils.marshaller(EphemeralStreamResponse.getDefaultInstance()))
                .build();
        return ServerServiceDefinition.builder(SERVICE)
                .addMethod(method, ServerCalls.asyncBidiStreamingCall(responses -> new StreamHandler(EagerHeaders.HEADERS.get(), responses)))
                .build();
    }

    /**
     * Sends response headers as soon as a call starts: the Rust client waits for them before its
     * first message, while grpc-java sends them with the first response (a deadlock otherwise).
     */
    private static final class EagerHeaders implements ServerInterceptor {
        static final io.grpc.Context.Key<Metadata> HEADERS = io.grpc.Context.key("headers");

        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            ServerCall<Q, R> eager = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
                private boolean sent;

                @Override
                public synchronized void sendHeaders(Metadata h) {
                    if (!sent) {
                        sent = true;
                        super.sendHeaders(h);
                    }
                }
            };
            eager.sendHeaders(new Metadata());
            return Contexts.interceptCall(io.grpc.Context.current().withValue(HEADERS, headers), eager, headers, next);
        }
    }

    /** One EphemeralStream call. */
    private final class StreamHandler implements StreamObserver<EphemeralStreamRequest> {
        private final Metadata headers;
        private final StreamObserver<EphemeralStreamResponse> responses;
        private int index = -1;
        private RecordCheck check;
        private boolean done;

        StreamHandler(Metadata headers, StreamObserver<EphemeralStreamResponse> responses) {
            this.headers = headers;
            this.responses = responses;
        }

        @Override
        public synchronized void onNext(EphemeralStreamRequest req) {
            if (done) return;
            switch (req.getPayloadCase()) {
                case CREATE_STREAM -> create(req.getCreateStream());
                case INGEST_RECORD -> {
                    var r = req.getIngestRecord();
                    ingest(r.getOffsetId(), r.hasJsonRecord() ? List.of(r.getJsonRecord()) : List.of(), r.hasJsonRecord() ? List.of() : List.of(r.getProtoEncodedRecord().toByteArray()));
                }
                default -> {
                    // field 3, ingest_record_batch: in the Rust SDK's proto, not in the Java classes of the jar
                    UnknownFieldSet.Field batch = req.getUnknownFields().getField(3);
                    if (batch == null || batch.getLengthDelimitedList().isEmpty()) {
                        fail(Status.INVALID_ARGUMENT.withDescription("unexpected request " + req));
                        return;
                    }
                    for (ByteString b : batch.getLengthDelimitedList()) {
                        if (done) return;
                        ingestBatch(b);
                    }
                }
            }
        }

        private void create(com.databricks.zerobus.CreateIngestStreamRequest create) {
            if (rejectCreate != null) {
                fail(rejectCreate);
                return;
            }
            RowSchema table = tables.get(create.getTableName());
            if (table == null) {
                fail(Status.NOT_FOUND.withDescription("Table '" + create.getTableName() + "' does not exist or is not accessible. Error Code: 4001"));
                return;
            }
            DescriptorProto descriptor = null;
            try {
                if (create.hasDescriptorProto()) descriptor = DescriptorProto.parseFrom(create.getDescriptorProto());
                check = create.getRecordType().getNumber() == 2 ? RecordCheck.json(table) : RecordCheck.proto(table, descriptor);
            } catch (IOException | IllegalArgumentException e) {
                fail(Status.INVALID_ARGUMENT.withDescription("Invalid descriptor: " + e.getMessage() + ". Error Code: 4003"));
                return;
            }
            synchronized (streams) {
                index = streams.size();
                streams.add(new StreamInfo(create.getTableName(), create.getRecordType().getNumber(), headers == null ? null : headers.get(AUTHORIZATION), descriptor));
            }
            responses.onNext(EphemeralStreamResponse.newBuilder()
                    .setCreateStreamResponse(CreateIngestStreamResponse.newBuilder().setStreamId("local-" + UUID.randomUUID())).build());
        }

        private void ingestBatch(ByteString bytes) {
            try {
                UnknownFieldSet batch = UnknownFieldSet.parseFrom(bytes);
                long offset = batch.getField(1).getVarintList().get(0);
                List<String> json = new ArrayList<>();
                List<byte[]> proto = new ArrayList<>();
                // 2 = ProtoEncodedRecordBatch{repeated bytes records = 1}, 3 = JsonRecordBatch{repeated string records = 1}
                for (ByteString inner : batch.getField(3).getLengthDelimitedList()) {
                    for (ByteString rec : UnknownFieldSet.parseFrom(inner).getField(1).getLengthDelimitedList()) json.add(rec.toStringUtf8());
                }
                for (ByteString inner : batch.getField(2).getLengthDelimitedList()) {
                    for (ByteString rec : UnknownFieldSet.parseFrom(inner).getField(1).getLengthDelimitedList()) proto.add(rec.toByteArray());
                }
                ingest(offset, json, proto);
            } catch (IOException e) {
                fail(Status.INVALID_ARGUMENT.withDescription("undecodable batch: " + e.getMessage()));
            }
        }

        private void ingest(long offset, List<String> json, List<byte[]> proto) {
            if (check == null) {
                fail(Status.FAILED_PRECONDITION.withDescription("record before create_stream"));
                return;
            }
            int column = 0;
            for (String j : json) {
                Optional<String> problem = check.json(j);
                if (problem.isPresent()) {
                    fail(Status.INVALID_ARGUMENT.withDescription("Record decoder/encoder error: " + problem.get() + " at line 1 column " + (++column) + ". Error Code: 4044"));
                    return;
                }
            }
            for (byte[] p : proto) {
                Optional<String> problem = check.proto(p);
                if (problem.isPresent()) {
                    fail(Status.INVALID_ARGUMENT.withDescription("Record decoder/encoder error: " + problem.get() + ". Error Code: 4044"));
                    return;
                }
            }
            List<Received> here = new ArrayList<>();
            for (String j : json) here.add(new Received(index, offset, j, null));
            for (byte[] p : proto) here.add(new Received(index, offset, null, p));
            long before;
            synchronized (received) {
                before = received.size();
                received.addAll(here);
            }
            long after = before + here.size();
            for (Long at : closeAt) {
                if (at > before && at <= after) {
                    closeAt.remove(at);
                    closes.incrementAndGet();
                    fail(Status.UNAVAILABLE.withDescription("Stream timeout reached. Error Code: 6002"));
                    return;
                }
            }
            synchronized (acknowledged) {
                acknowledged.addAll(here);
            }
            responses.onNext(EphemeralStreamResponse.newBuilder()
                    .setIngestRecordResponse(IngestRecordResponse.newBuilder().setDurabilityAckUpToOffset(offset)).build());
        }

        private void fail(Status status) {
            done = true;
            responses.onError(status.asRuntimeException());
        }

        @Override
        public void onError(Throwable t) {
            done = true;
        }

        @Override
        public synchronized void onCompleted() {
            if (done) return;
            done = true;
            responses.onCompleted();
        }
    }

    @Override
    public void close() throws InterruptedException {
        oauth.stop(0);
        grpc.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
