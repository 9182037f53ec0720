package clxs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The class path for the clxs JVMs the tests start: this JVM's, with DuckDB's JDBC jar swapped for a
 * copy without its native libraries and this platform's library unpacked beside that copy.
 *
 * <p>Why: DuckDB's driver unpacks its 70 MB library into a new temporary file in every JVM that opens
 * a database, about 0.4 s of a 0.7 s first connection, and the suite starts a few hundred such JVMs.
 * A jar without the library makes the driver load the one beside the jar instead (its own fallback,
 * {@code DuckDBNative.loadFromCurrentJarDir}). The classes and the library are the same jar's, copied
 * once into {@code target/}; on a platform whose library the jar lacks, the class path is left as it is.
 * The test JVM itself, and every launch through {@code ./jbang}, still load the library the way a
 * user's JVM does. Measured: a {@code clxs demo} of retail at scale 0.0002 took 2.4–2.9 s against
 * 2.8–3.3 s with the jar as it is (three pairs).
 */
public final class ChildClasspath {

    /** {@code -Dclxs.test.childClasspathAsIs=true}: the children get this JVM's class path unchanged (to measure the difference). */
    static final String AS_IS = "clxs.test.childClasspathAsIs";
    private static final String NATIVE_PREFIX = "libduckdb_java.so_";
    private static String classpath;

    private ChildClasspath() {}

    /** The class path for a child JVM; built on first use. */
    public static synchronized String get() {
        String own = System.getProperty("java.class.path");
        if (classpath == null) classpath = Boolean.getBoolean(AS_IS) ? own : build(own);
        return classpath;
    }

    private static String build(String original) {
        String[] entries = original.split(java.io.File.pathSeparator);
        for (int i = 0; i < entries.length; i++) {
            Path jar = Paths.get(entries[i]);
            String name = jar.getFileName() == null ? "" : jar.getFileName().toString();
            if (!name.startsWith("duckdb_jdbc-") || !name.endsWith(".jar")) continue;
            try {
                Path slim = slimCopy(jar);
                if (slim == null) return original;
                entries[i] = slim.toString();
                return String.join(java.io.File.pathSeparator, entries);
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy " + jar + " without its native libraries", e);
            }
        }
        return original;
    }

    /** The copy of {@code jar} without native libraries, this platform's beside it; null when the jar has none for it. */
    private static Path slimCopy(Path jar) throws IOException {
        String nativeName = NATIVE_PREFIX + os() + "_" + arch();
        Path dir = Paths.get("target", "child-duckdb", jar.getFileName() + "-" + Files.size(jar)).toAbsolutePath();
        Path slim = dir.resolve(jar.getFileName());
        if (Files.exists(dir.resolve("complete"))) return slim;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry lib = zip.getEntry(nativeName);
            if (lib == null) return null;
            Files.createDirectories(dir.getParent());
            // built aside and renamed: two test JVMs building at once each see a whole copy or none
            Path tmp = Files.createTempDirectory(dir.getParent(), ".building");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp.resolve(jar.getFileName())))) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith(NATIVE_PREFIX)) continue;
                    out.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            try (InputStream in = zip.getInputStream(lib); OutputStream out = Files.newOutputStream(tmp.resolve(nativeName))) {
                in.transferTo(out);
            }
            Files.createFile(tmp.resolve("complete"));
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException raced) {
                deleteTree(tmp);
                if (!Files.exists(dir.resolve("complete"))) throw raced;
            }
        }
        return slim;
    }

    /** DuckDB's names, as {@code DuckDBNative} builds them. */
    private static String os() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : os.startsWith("linux") ? "linux" : os;
    }

    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("x86_64") || arch.equals("amd64") ? "amd64" : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : arch;
    }

    private static void deleteTree(Path p) throws IOException {
        try (var files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
