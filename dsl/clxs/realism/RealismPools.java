package clxs.realism;

import clxs.model.LocalePools;
import clxs.settings.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The people, places and companies of {@code realistic_data}: built by Datafaker on first use of a
 * locale and seed (its first call costs seconds), then read from a cache under the local directory,
 * {@code <dir>/cache/realism/datafaker-<version>/<locale>-<seed>.json}. A cache that cannot be written
 * or read is ignored: the pools are the same either way.
 *
 * <pre>{@code
 * LocalePools pools = RealismPools.load("de_DE", 42, Path.of("clxs-data"));
 * }</pre>
 */
public final class RealismPools {

    /** Cached pool files kept per Datafaker version; older ones are removed (runs without a seed each add one). */
    static final int KEEP = 64;

    private RealismPools() {}

    /** The pools of {@code locale} for {@code seed}, from the cache under {@code dir} or built and cached there. */
    public static LocalePools load(String locale, long seed, Path dir) {
        DatafakerPools.locale(locale);
        Path file = cacheFile(locale, seed, dir);
        LocalePools cached = read(file);
        if (cached != null && cached.locale().equals(locale) && cached.seed() == seed) return cached;
        LocalePools built = DatafakerPools.build(locale, seed);
        write(file, built);
        return built;
    }

    /** The pools built afresh, without any cache. */
    public static LocalePools build(String locale, long seed) {
        return DatafakerPools.build(locale, seed);
    }

    public static Path cacheFile(String locale, long seed, Path dir) {
        return dir.resolve("cache").resolve("realism").resolve("datafaker-" + DatafakerPools.version()).resolve(locale + "-" + seed + ".json");
    }

    private static LocalePools read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return Json.MAPPER.readValue(file.toFile(), LocalePools.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void write(Path file, LocalePools pools) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "pools", ".tmp");
            Files.writeString(tmp, Json.MAPPER.writeValueAsString(pools));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune(file.getParent());
        } catch (IOException | UncheckedIOException e) {
            // a read-only or full disk only costs the next run the build again
        }
    }

    private static void prune(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted(Comparator.comparing(RealismPools::modified).reversed()).toList();
        }
        for (Path old : files.subList(Math.min(KEEP, files.size()), files.size())) Files.deleteIfExists(old);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
