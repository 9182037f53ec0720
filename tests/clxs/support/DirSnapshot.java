package clxs.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every file and folder under a directory with the SHA-256 of its bytes, so a test can say that a
 * catalog is byte-identical to what it was, and that nothing else is there.
 */
public record DirSnapshot(Map<String, String> entries) {

    /** Entries of {@code dir}: relative path to content hash ({@code "dir"} for folders). */
    public static DirSnapshot of(Path dir) throws IOException {
        return of(dir, p -> true);
    }

    /** As {@link #of(Path)}, keeping only the relative paths {@code keep} accepts. */
    public static DirSnapshot of(Path dir, Predicate<String> keep) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return new DirSnapshot(out);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!keep.test(rel)) continue;
                out.put(rel, Files.isDirectory(p) ? "dir" : sha256(p));
            }
        }
        return new DirSnapshot(out);
    }

    /** Whether a relative path belongs to an unfinished run (partial files, WALs of them, locks, markers, partial volumes). */
    public static boolean leftover(String relativePath) {
        return relativePath.matches("(^|.*/)\\.[^/]+\\.(partial|old|lock|publishing)(\\.duckdb(\\.wal)?|\\.files)?(/.*)?");
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        entries.forEach((k, v) -> b.append(k).append("  ").append(v.length() > 12 ? v.substring(0, 12) : v).append('\n'));
        return b.toString();
    }
}
