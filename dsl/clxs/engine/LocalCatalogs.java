package clxs.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where local catalogs live: one DuckDB file {@code <dir>/<catalog>.duckdb} each, volumes under
 * {@code <dir>/volumes/<catalog>/}. The directory is {@code --local-dir}, else {@code $CLXS_HOME},
 * else {@code ./clxs-data}.
 */
public final class LocalCatalogs {

    public static final String ENV = "CLXS_HOME";
    public static final String DEFAULT_DIR = "clxs-data";
    private static final String SUFFIX = ".duckdb";

    private final Path dir;

    public LocalCatalogs(Path dir) {
        this.dir = dir;
    }

    /** The directory from {@code CLXS_HOME}, or {@code ./clxs-data}. */
    public static Path defaultDir() {
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? Paths.get(DEFAULT_DIR) : Paths.get(env);
    }

    public Path dir() {
        return dir;
    }

    public Path file(String catalog) {
        return dir.resolve(catalog + SUFFIX);
    }

    /** Where a run writes until it succeeds, so a failed or cancelled run leaves nothing behind. */
    Path partialFile(String catalog) {
        return dir.resolve("." + catalog + ".partial" + SUFFIX);
    }

    public Path volumes(String catalog) {
        return dir.resolve("volumes").resolve(catalog);
    }

    /** Volume folders a run writes until it succeeds (see {@link #partialFile}). */
    Path partialVolumes(String catalog) {
        return dir.resolve("volumes").resolve("." + catalog + ".partial");
    }

    /** Moves a run's volume folders into place, replacing the previous run's. */
    void publishVolumes(String catalog) throws IOException {
        Path partial = partialVolumes(catalog);
        if (!Files.exists(partial)) return;
        Path target = volumes(catalog);
        if (Files.exists(target)) deleteTree(target);
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public boolean exists(String catalog) {
        return Files.exists(file(catalog));
    }

    /** Names of the catalogs in the directory, sorted. */
    public List<String> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX) && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a catalog's file and volumes; returns what was removed. */
    public List<Path> delete(String catalog) {
        List<Path> removed = new ArrayList<>();
        for (Path p : List.of(file(catalog), Paths.get(file(catalog) + ".wal"))) {
            if (deleteIfExists(p)) removed.add(p);
        }
        Path volumes = volumes(catalog);
        if (Files.exists(volumes)) {
            deleteTree(volumes);
            removed.add(volumes);
        }
        Path template = dir.resolve(clxs.plan.enrichment.CloneTemplateLayer.path(catalog));
        if (deleteIfExists(template)) removed.add(template);
        return removed;
    }

    /** Best effort: also called while failing or shutting down, when there may be nothing to delete. */
    void deletePartial(String catalog) {
        for (Path p : List.of(partialFile(catalog), Paths.get(partialFile(catalog) + ".wal"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException ignored) {
                // nothing was written there, or it is already gone
            }
        }
        try {
            if (Files.exists(partialVolumes(catalog))) deleteTree(partialVolumes(catalog));
        } catch (RuntimeException ignored) {
            // best effort, as above
        }
    }

    private static boolean deleteIfExists(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + p, e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(LocalCatalogs::deleteIfExists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
