package clxs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Temporary directories of a benchmark, deleted when it is done with them, and at the latest
 * when the JVM exits (a failure, Ctrl-C): a layered run at scale 0.1 writes gigabytes.
 */
public final class BenchDirs {

    private static final Set<Path> LIVE = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BenchDirs::deleteAll, "bench-dirs-cleanup"));
    }

    private BenchDirs() {}

    /** A new directory under the system temp directory, deleted at exit unless deleted before. */
    public static synchronized Path create(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        LIVE.add(dir);
        return dir;
    }

    /** Deletes {@code dir} and everything in it; nothing when it is already gone. */
    public static void delete(Path dir) {
        synchronized (BenchDirs.class) {
            LIVE.remove(dir);
        }
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the files under {@code dir}. */
    public static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static synchronized void deleteAll() {
        for (Path dir : Set.copyOf(LIVE)) {
            try {
                delete(dir);
            } catch (RuntimeException e) {
                System.err.println("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }
}
