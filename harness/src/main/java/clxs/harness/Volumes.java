package clxs.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Unity Catalog volumes as folders: {@code /Volumes/<catalog>/<schema>/<volume>/...} is
 * {@code <root>/<catalog>/<schema>/<volume>/...} on this machine. {@code CREATE VOLUME} (which Spark
 * cannot run) registers a volume and makes its folder, {@code SHOW VOLUMES IN c.s} lists them, the
 * Files API ({@link FilesApi}) reads and writes inside them, and statements that name a
 * {@code '/Volumes/...'} or {@code `/Volumes/...`} path run on Spark with the local folder in its
 * place (so {@code SELECT * FROM json.`/Volumes/c/s/v/p/`} reads what was uploaded).
 */
final class Volumes {

    private static final String NAME = "`([^`]+)`\\.`([^`]+)`\\.`([^`]+)`";
    private static final Pattern CREATE = Pattern.compile("^\\s*CREATE\\s+VOLUME\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("^\\s*DROP\\s+VOLUME\\s+(?:IF\\s+EXISTS\\s+)?" + NAME, Pattern.CASE_INSENSITIVE);
    static final Pattern SHOW = Pattern.compile("^\\s*SHOW\\s+VOLUMES\\s+IN\\s+`([^`]+)`\\.`([^`]+)`\\s*$", Pattern.CASE_INSENSITIVE);

    private final Path root;
    private final Set<String> volumes = ConcurrentHashMap.newKeySet();
    private final BiPredicate<String, String> schemaExists;

    Volumes(Path root, BiPredicate<String, String> schemaExists) {
        this.root = root.toAbsolutePath().normalize();
        this.schemaExists = schemaExists;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the volume of a {@code CREATE VOLUME} statement; an error result when its schema does not exist. */
    Engine.Result create(String sql) {
        Matcher m = CREATE.matcher(sql);
        if (!m.find()) return Engine.Result.error("PARSE_SYNTAX_ERROR", "the local warehouse reads CREATE VOLUME `c`.`s`.`v` only: " + sql);
        String c = lower(m.group(1)), s = lower(m.group(2)), v = lower(m.group(3));
        if (!schemaExists.test(c, s)) return Engine.Result.error("SCHEMA_NOT_FOUND", "The schema `" + c + "`.`" + s + "` cannot be found.");
        boolean exists = volumes.contains(key(c, s, v));
        if (exists && !sql.toUpperCase(Locale.ROOT).contains("IF NOT EXISTS")) {
            return Engine.Result.error("VOLUME_ALREADY_EXISTS", "Volume `" + c + "`.`" + s + "`.`" + v + "` already exists.");
        }
        try {
            Files.createDirectories(root.resolve(c).resolve(s).resolve(v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        volumes.add(key(c, s, v));
        return Engine.Result.empty();
    }

    /** {@code SHOW VOLUMES IN c.s} and {@code DROP VOLUME}, or null for any other statement. */
    Engine.Result emulate(String sql) {
        Matcher m;
        if ((m = SHOW.matcher(sql)).find()) {
            String c = lower(m.group(1)), s = lower(m.group(2));
            List<List<String>> rows = volumes.stream().filter(k -> k.startsWith(c + "." + s + ".")).sorted()
                    .map(k -> List.of(s, k.substring(k.lastIndexOf('.') + 1))).toList();
            return Engine.Result.ok(List.of(new Engine.Column("database_name", "STRING", "STRING"), new Engine.Column("volume_name", "STRING", "STRING")), rows);
        }
        if ((m = DROP.matcher(sql)).find()) {
            String k = key(lower(m.group(1)), lower(m.group(2)), lower(m.group(3)));
            if (!volumes.remove(k) && !sql.toUpperCase(Locale.ROOT).contains("IF EXISTS")) {
                return Engine.Result.error("VOLUME_NOT_FOUND", "Volume `" + k.replace(".", "`.`") + "` does not exist.");
            }
            deleteTree(root.resolve(lower(m.group(1))).resolve(lower(m.group(2))).resolve(lower(m.group(3))));
            return Engine.Result.empty();
        }
        return null;
    }

    /** Forgets a dropped catalog's volumes and their files. */
    void dropCatalog(String catalog) {
        volumes.removeIf(k -> k.startsWith(lower(catalog) + "."));
        deleteTree(root.resolve(lower(catalog)));
    }

    /** {@code sql} with its quoted {@code /Volumes/} paths pointing at the local folders. */
    String localPaths(String sql) {
        return sql.replace("'/Volumes/", "'" + root + "/").replace("`/Volumes/", "`" + root + "/");
    }

    /**
     * The local path of {@code /Volumes/c/s/v/...}. Throws a 404 when the volume does not exist (as
     * Unity Catalog does) and a 400 for anything outside a volume.
     */
    Path resolve(String apiPath) {
        if (!apiPath.startsWith("/Volumes/")) throw Http.badRequest("INVALID_PARAMETER_VALUE", "the local warehouse serves /Volumes/<catalog>/<schema>/<volume>/... paths only, not " + apiPath);
        String[] parts = apiPath.substring("/Volumes/".length()).split("/", 4);
        if (parts.length < 3 || parts[2].isEmpty()) throw Http.badRequest("INVALID_PARAMETER_VALUE", apiPath + " is not inside a volume");
        if (!volumes.contains(key(lower(parts[0]), lower(parts[1]), lower(parts[2])))) {
            throw Http.notFound("NOT_FOUND", "Volume '" + parts[0] + "." + parts[1] + "." + parts[2] + "' does not exist.");
        }
        Path volume = root.resolve(lower(parts[0])).resolve(lower(parts[1])).resolve(lower(parts[2]));
        Path p = (parts.length == 4 ? volume.resolve(parts[3]) : volume).normalize();
        if (!p.startsWith(volume)) throw Http.badRequest("INVALID_PARAMETER_VALUE", apiPath + " leaves its volume");
        return p;
    }

    /** The {@code /Volumes/...} path of a local file or folder. */
    String apiPath(Path local) {
        return "/Volumes/" + root.relativize(local).toString().replace('\\', '/');
    }

    private static String key(String c, String s, String v) {
        return c + "." + s + "." + v;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
