package clxs.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workspace file tree, in memory, as databricks-sdk-java's {@code workspace()} and
 * {@code currentUser()} call it: {@code mkdirs}, {@code import} (the content is kept as sent),
 * {@code get-status}, {@code export}, {@code list}, {@code delete}, and {@code /api/2.0/preview/scim/v2/Me}
 * (the one user, {@link #USER}, whose home folder exists). Paths may carry the {@code /Workspace} prefix.
 */
final class WorkspaceApi {

    /** The user every request acts as. */
    static final String USER = "local-user@example.com";

    private record Entry(String type, String language, byte[] content, long id, long createdAt) {}

    private final Map<String, Entry> objects = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong(1_000_000);

    WorkspaceApi() {
        for (String dir : new String[] {"/", "/Users", "/Users/" + USER, "/Shared"}) objects.put(dir, directory());
    }

    void handle(HttpExchange ex, String method, String path, byte[] body) throws IOException {
        if (path.equals("/api/2.0/preview/scim/v2/Me")) {
            ObjectNode me = Http.JSON.createObjectNode().put("id", "1").put("userName", USER).put("displayName", "Local User").put("active", true);
            me.putArray("emails").addObject().put("value", USER).put("primary", true);
            Http.reply(ex, 200, me);
            return;
        }
        String op = path.substring("/api/2.0/workspace/".length());
        Map<String, String> q = Http.query(ex);
        JsonNode in = method.equals("POST") ? Http.JSON.readTree(body) : null;
        switch (method + " " + op) {
            case "POST mkdirs" -> {
                mkdirs(normal(in.path("path").asText()));
                Http.reply(ex, 200, Http.JSON.createObjectNode());
            }
            case "POST import" -> {
                importObject(in);
                Http.reply(ex, 200, Http.JSON.createObjectNode());
            }
            case "GET get-status" -> Http.reply(ex, 200, info(normal(q.getOrDefault("path", ""))));
            case "GET export" -> {
                String p = normal(q.getOrDefault("path", ""));
                Entry e = existing(p);
                if (e.type.equals("DIRECTORY")) throw Http.badRequest("INVALID_PARAMETER_VALUE", "exporting a directory is not served by the local warehouse: " + p);
                Http.reply(ex, 200, Http.JSON.createObjectNode().put("content", Base64.getEncoder().encodeToString(e.content))
                        .put("file_type", extension(e.language)));
            }
            case "GET list" -> {
                String p = normal(q.getOrDefault("path", ""));
                if (!existing(p).type.equals("DIRECTORY")) throw Http.badRequest("INVALID_PARAMETER_VALUE", p + " is not a directory");
                ObjectNode out = Http.JSON.createObjectNode();
                var a = out.putArray("objects");
                String prefix = p.equals("/") ? "/" : p + "/";
                objects.keySet().stream().filter(k -> k.startsWith(prefix) && k.length() > prefix.length() && k.indexOf('/', prefix.length()) < 0)
                        .forEach(k -> a.add(info(k)));
                Http.reply(ex, 200, out);
            }
            case "POST delete" -> {
                String p = normal(in.path("path").asText());
                Entry e = existing(p);
                String prefix = p + "/";
                boolean hasChildren = objects.keySet().stream().anyMatch(k -> k.startsWith(prefix));
                if (e.type.equals("DIRECTORY") && hasChildren && !in.path("recursive").asBoolean(false)) {
                    throw Http.badRequest("DIRECTORY_NOT_EMPTY", "Folder " + p + " is not empty");
                }
                objects.keySet().removeIf(k -> k.equals(p) || k.startsWith(prefix));
                Http.reply(ex, 200, Http.JSON.createObjectNode());
            }
            default -> throw Http.notFound("ENDPOINT_NOT_FOUND", "local warehouse: no " + method + " " + path);
        }
    }

    private void importObject(JsonNode in) {
        String p = normal(in.path("path").asText());
        String format = in.path("format").asText("SOURCE");
        if (!format.equals("SOURCE") && !format.equals("AUTO") && !format.equals("RAW")) {
            throw Http.badRequest("INVALID_PARAMETER_VALUE", "the local warehouse imports SOURCE, AUTO and RAW content, not " + format);
        }
        String language = in.hasNonNull("language") ? in.get("language").asText() : null;
        if (format.equals("SOURCE") && language == null) throw Http.badRequest("INVALID_PARAMETER_VALUE", "The language is required for SOURCE imports.");
        byte[] content = Base64.getDecoder().decode(in.path("content").asText(""));
        if (content.length > 10 * 1024 * 1024) throw Http.badRequest("MAX_NOTEBOOK_SIZE_EXCEEDED", "File size imported is (" + content.length + " bytes), exceeded max size (10485760 bytes)");
        Entry parent = objects.get(parent(p));
        if (parent == null || !parent.type.equals("DIRECTORY")) throw Http.notFound("RESOURCE_DOES_NOT_EXIST", "The parent folder (" + parent(p) + ") does not exist.");
        Entry old = objects.get(p);
        if (old != null && (!in.path("overwrite").asBoolean(false) || old.type.equals("DIRECTORY"))) {
            throw Http.badRequest("RESOURCE_ALREADY_EXISTS", p + " already exists.");
        }
        String type = format.equals("RAW") ? "FILE" : "NOTEBOOK";
        objects.put(p, new Entry(type, language, content, ids.incrementAndGet(), System.currentTimeMillis()));
    }

    private void mkdirs(String p) {
        StringBuilder at = new StringBuilder();
        for (String part : p.substring(1).split("/")) {
            if (part.isEmpty()) continue;
            at.append('/').append(part);
            Entry e = objects.get(at.toString());
            if (e == null) objects.put(at.toString(), directory());
            else if (!e.type.equals("DIRECTORY")) throw Http.badRequest("RESOURCE_ALREADY_EXISTS", at + " exists and is not a directory.");
        }
    }

    private ObjectNode info(String p) {
        Entry e = existing(p);
        ObjectNode o = Http.JSON.createObjectNode().put("path", p).put("object_type", e.type).put("object_id", e.id)
                .put("created_at", e.createdAt).put("modified_at", e.createdAt);
        if (e.language != null) o.put("language", e.language);
        if (!e.type.equals("DIRECTORY")) o.put("size", e.content.length);
        return o;
    }

    private Entry existing(String p) {
        Entry e = objects.get(p);
        if (e == null) throw Http.notFound("RESOURCE_DOES_NOT_EXIST", "Path (" + p + ") doesn't exist.");
        return e;
    }

    private Entry directory() {
        return new Entry("DIRECTORY", null, new byte[0], ids.incrementAndGet(), System.currentTimeMillis());
    }

    /** {@code /Workspace/Users/x} and {@code /Users/x/} are {@code /Users/x}. */
    private static String normal(String p) {
        if (!p.startsWith("/")) throw Http.badRequest("INVALID_PARAMETER_VALUE", "Path (" + p + ") must be absolute.");
        if (p.equals("/Workspace") || p.startsWith("/Workspace/")) p = p.substring("/Workspace".length());
        if (p.isEmpty()) p = "/";
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static String parent(String p) {
        int i = p.lastIndexOf('/');
        return i <= 0 ? "/" : p.substring(0, i);
    }

    private static String extension(String language) {
        if (language == null) return "";
        return switch (language.toUpperCase(Locale.ROOT)) {
            case "PYTHON" -> "py";
            case "SQL" -> "sql";
            case "SCALA" -> "scala";
            case "R" -> "r";
            default -> "";
        };
    }
}
