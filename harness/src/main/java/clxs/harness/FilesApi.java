package clxs.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Files API of volumes ({@code /api/2.0/fs/files/Volumes/...}, {@code /api/2.0/fs/directories/Volumes/...})
 * as databricks-sdk-java's {@code files()} calls it: upload (PUT, {@code overwrite} defaults to
 * false), download (GET), metadata (HEAD), delete; list, create, check and delete directories.
 * Files live in {@link Volumes}' folders. An upload is written to a temporary file and moved into
 * place, so a reader (Spark, a listing) never sees half a file; missing parent folders are created.
 */
final class FilesApi {

    static final String FILES = "/api/2.0/fs/files";
    static final String DIRECTORIES = "/api/2.0/fs/directories";
    private static final int DEFAULT_PAGE = 1000;

    private final Volumes volumes;

    FilesApi(Volumes volumes) {
        this.volumes = volumes;
    }

    void handle(HttpExchange ex, String method, String path, byte[] body) throws IOException {
        if (path.startsWith(FILES + "/")) file(ex, method, path.substring(FILES.length()), body);
        else directory(ex, method, path.substring(DIRECTORIES.length()));
    }

    private void file(HttpExchange ex, String method, String apiPath, byte[] body) throws IOException {
        Path p = volumes.resolve(apiPath);
        switch (method) {
            case "PUT" -> {
                if (Files.isDirectory(p)) throw new Http.ApiError(409, "ALREADY_EXISTS", apiPath + " is a directory");
                if (Files.exists(p) && !"true".equals(Http.query(ex).get("overwrite"))) {
                    throw new Http.ApiError(409, "ALREADY_EXISTS", "The file being created already exists.");
                }
                Files.createDirectories(p.getParent());
                Path tmp = Files.createTempFile(p.getParent(), ".upload-", ".tmp");
                Files.write(tmp, body);
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Http.noContent(ex);
            }
            case "GET", "HEAD" -> {
                if (!Files.isRegularFile(p)) throw Http.notFound("NOT_FOUND", "The file " + apiPath + " does not exist.");
                long size = Files.size(p);
                ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                ex.getResponseHeaders().add("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(Files.getLastModifiedTime(p).toInstant().atOffset(ZoneOffset.UTC)));
                if (method.equals("HEAD")) {
                    ex.getResponseHeaders().add("Content-Length", Long.toString(size));
                    ex.sendResponseHeaders(200, -1);
                } else {
                    ex.sendResponseHeaders(200, size == 0 ? -1 : size);
                    Files.copy(p, ex.getResponseBody());
                }
                ex.close();
            }
            case "DELETE" -> {
                if (!Files.isRegularFile(p)) throw Http.notFound("NOT_FOUND", "The file " + apiPath + " does not exist.");
                Files.delete(p);
                Http.noContent(ex);
            }
            default -> throw new Http.ApiError(405, "METHOD_NOT_ALLOWED", method + " " + FILES + apiPath);
        }
    }

    private void directory(HttpExchange ex, String method, String apiPath) throws IOException {
        Path p = volumes.resolve(trimSlash(apiPath));
        switch (method) {
            case "PUT" -> {
                if (Files.isRegularFile(p)) throw new Http.ApiError(409, "ALREADY_EXISTS", apiPath + " is a file");
                Files.createDirectories(p);
                Http.noContent(ex);
            }
            case "HEAD" -> {
                if (!Files.isDirectory(p)) throw Http.notFound("NOT_FOUND", "The directory " + apiPath + " does not exist.");
                ex.sendResponseHeaders(200, -1);
                ex.close();
            }
            case "GET" -> Http.reply(ex, 200, list(p, apiPath, Http.query(ex)));
            case "DELETE" -> {
                if (!Files.isDirectory(p)) throw Http.notFound("NOT_FOUND", "The directory " + apiPath + " does not exist.");
                try {
                    Files.delete(p);
                } catch (DirectoryNotEmptyException e) {
                    throw Http.badRequest("FAILED_PRECONDITION", "The directory " + apiPath + " is not empty.");
                }
                Http.noContent(ex);
            }
            default -> throw new Http.ApiError(405, "METHOD_NOT_ALLOWED", method + " " + DIRECTORIES + apiPath);
        }
    }

    /** One page of a directory, sorted by name; the page token is the offset of the next entry. */
    private ObjectNode list(Path dir, String apiPath, Map<String, String> q) throws IOException {
        if (!Files.isDirectory(dir)) throw Http.notFound("NOT_FOUND", "The directory " + apiPath + " does not exist.");
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(e -> !e.getFileName().toString().startsWith(".upload-")).sorted().toList();
        }
        int offset = q.containsKey("page_token") ? Integer.parseInt(q.get("page_token")) : 0;
        int size = q.containsKey("page_size") ? Integer.parseInt(q.get("page_size")) : DEFAULT_PAGE;
        ObjectNode out = Http.JSON.createObjectNode();
        ArrayNode contents = out.putArray("contents");
        for (Path e : entries.subList(Math.min(offset, entries.size()), Math.min(offset + size, entries.size()))) {
            boolean isDir = Files.isDirectory(e);
            ObjectNode o = contents.addObject().put("path", volumes.apiPath(e) + (isDir ? "/" : "")).put("is_directory", isDir)
                    .put("name", e.getFileName().toString());
            if (!isDir) o.put("file_size", Files.size(e)).put("last_modified", Files.getLastModifiedTime(e).toMillis());
        }
        if (offset + size < entries.size()) out.put("next_page_token", Integer.toString(offset + size));
        return out;
    }

    private static String trimSlash(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
