package clxs.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The small HTTP vocabulary the local warehouse's endpoints share: JSON replies, Databricks-style errors, query strings. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private Http() {}

    /** An error the way Databricks REST APIs send one; the SDK maps {@code error_code} and the HTTP status to its exceptions. */
    static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        ApiError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    static ApiError notFound(String code, String message) {
        return new ApiError(404, code, message);
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message);
    }

    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new HashMap<>();
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) return out;
        for (String kv : q.split("&")) {
            int i = kv.indexOf('=');
            if (i > 0) out.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    static String base(HttpExchange ex) {
        return "http://" + ex.getRequestHeaders().getFirst("Host");
    }

    static void reply(HttpExchange ex, int code, JsonNode body) throws IOException {
        byte[] b = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(code, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    /** A success without a body ({@code 204}, as the Files API answers uploads and deletes). */
    static void noContent(HttpExchange ex) throws IOException {
        ex.sendResponseHeaders(204, -1);
        ex.close();
    }

    static void fail(HttpExchange ex, ApiError e) throws IOException {
        if (ex.getRequestMethod().equals("HEAD")) {
            // a HEAD answer has no body: the SDK reads the status alone
            ex.sendResponseHeaders(e.status, -1);
            ex.close();
            return;
        }
        reply(ex, e.status, error(e.code, e.getMessage()));
    }
}
