package clxs.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Local stand-ins for workspaces that misbehave, for the real databricks-sdk-java and
 * databricks-jdbc clients: one that rejects every request and echoes the credentials it was sent
 * in the error (as some proxies and gateways do), and one that accepts connections and never
 * answers. They speak just enough HTTP for the clients to send their credentials; they are not
 * Databricks.
 *
 * <pre>{@code
 * try (HostileWorkspace ws = HostileWorkspace.echoingCredentials()) { ... ws.url() ... }
 * }</pre>
 */
public final class HostileWorkspace implements AutoCloseable {

    private final HttpServer http;
    private final ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final String url;

    private HostileWorkspace(HttpServer http, ServerSocket silent) {
        this.http = http;
        this.silent = silent;
        int port = http != null ? http.getAddress().getPort() : silent.getLocalPort();
        this.url = "http://127.0.0.1:" + port;
    }

    /**
     * Answers the OAuth discovery and token endpoints only to reject the client's Basic credentials,
     * and every other request with 401 quoting its Authorization header and body:
     * {@code Rejected credentials: Bearer dapi...}.
     */
    public static HostileWorkspace echoingCredentials() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HostileWorkspace ws = new HostileWorkspace(server, null);
        server.createContext("/", ws::echo);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-workspace");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return ws;
    }

    /** Accepts every connection and never sends a byte. */
    public static HostileWorkspace neverAnswering() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        HostileWorkspace ws = new HostileWorkspace(null, socket);
        Thread accept = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    ws.held.add(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-workspace");
        accept.setDaemon(true);
        accept.start();
        return ws;
    }

    public String url() {
        return url;
    }

    /** How many connections the silent server accepted. */
    public int connectionsAccepted() {
        return held.size();
    }

    /** {@code METHOD path} of every request the echoing server received. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void echo(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = x.getRequestURI().getPath();
        requests.add(x.getRequestMethod() + " " + path);
        String auth = String.valueOf(x.getRequestHeaders().getFirst("Authorization"));
        if (path.equals("/oidc/.well-known/oauth-authorization-server")) {
            send(x, 200, "{\"authorization_endpoint\":\"" + url + "/oidc/v1/authorize\",\"token_endpoint\":\"" + url + "/oidc/v1/token\"}");
            return;
        }
        String quoted = (auth + " " + body).replace("\\", "\\\\").replace("\"", "\\\"");
        if (path.equals("/oidc/v1/token")) {
            send(x, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Rejected credentials: " + quoted + "\"}");
            return;
        }
        send(x, 401, "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"Rejected credentials: " + quoted + "\"}");
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        if (http != null) http.stop(0);
        if (silent != null) silent.close();
        for (Socket s : held) s.close();
    }
}
