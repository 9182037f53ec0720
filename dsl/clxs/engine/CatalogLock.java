package clxs.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One writer per local catalog: an exclusive OS lock on {@code <dir>/.<catalog>.lock}, whose text
 * names the holder (pid, start time, command). The operating system drops the lock when its holder
 * dies, even by SIGKILL, so a lock file left behind is stale by construction and the next run
 * simply takes it. The file is deleted on release; a run that opened it just before the delete
 * notices (the path names another file, or none) and tries again.
 *
 * <pre>{@code
 * try (CatalogLock lock = CatalogLock.acquire(catalogs.lockFile("demo"), "demo")) { ... }
 * }</pre>
 */
final class CatalogLock implements AutoCloseable {

    /**
     * Locks this JVM holds, by absolute path. Checked before a channel is opened: on POSIX systems
     * closing any channel of a file drops every lock the process holds on it, so a second run in the
     * same JVM must not even open the file.
     */
    private static final java.util.Map<Path, CatalogLock> HELD = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private CatalogLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws CatalogRefusedException naming the holder when another run (in any process) has the catalog */
    static CatalogLock acquire(Path file, String catalog) {
        Path key = file.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                throw new CatalogRefusedException("catalog " + catalog + " is being written by another clxs run in this process (pid "
                        + ProcessHandle.current().pid() + "); wait for it to finish and run again");
            }
            for (int attempt = 0; attempt < 10; attempt++) {
                CatalogLock held = tryAcquire(file, catalog);
                if (held != null) {
                    HELD.put(key, held);
                    return held;
                }
            }
        }
        throw new CatalogRefusedException("catalog " + catalog + " is busy: its lock " + file + " kept changing hands; try again");
    }

    /**
     * The lock, or null when the file was replaced while we took it (ask again). The file's identity
     * is checked with {@code stat} only: on POSIX systems opening and closing the file again would
     * drop the lock this process just took.
     */
    private static CatalogLock tryAcquire(Path file, String catalog) {
        FileChannel channel = null;
        try {
            try {
                Files.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException exists) {
                // a holder's, or a stale one: the OS lock decides
            }
            Object before = identity(file);
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (before == null || !before.equals(identity(file))) {
                channel.close();
                return null;
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException releasingInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new CatalogRefusedException("catalog " + catalog + " is being written by another clxs run (" + holder(file)
                        + "); wait for it to finish, or stop it, and run again");
            }
            if (!before.equals(identity(file))) {
                // the holder deleted it as we waited for the lock: ours is an unlinked file
                lock.release();
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new CatalogLock(file, channel, lock);
        } catch (NoSuchFileException deletedMeanwhile) {
            closeQuietly(channel);
            return null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock catalog " + catalog + " (" + file + "): " + e.getMessage(), e);
        }
    }

    /** The file's identity (device and inode where there are such), or null when it is gone; never opens it. */
    private static Object identity(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : "no file keys on this system";
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    /**
     * The pid of the process holding the lock of {@code file}, or null when nobody does (no file, or
     * a stale one). Reads only: a stale file stays for the next run to take.
     */
    static Long holderPid(Path file) {
        if (HELD.containsKey(file.toAbsolutePath().normalize())) return ProcessHandle.current().pid();
        if (!Files.exists(file)) return null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return null;
            }
            String pid = field(Files.readString(file, StandardCharsets.UTF_8), "pid");
            return pid == null ? -1L : Long.parseLong(pid);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException | NumberFormatException | OverlappingFileLockException e) {
            return -1L;
        }
    }

    private static String describeThisProcess() {
        ProcessHandle me = ProcessHandle.current();
        String started = me.info().startInstant().map(Instant::toString).orElse("unknown");
        String command = me.info().command().orElse("java");
        return "pid " + me.pid() + "\nstarted " + started + "\ncommand " + command + "\n";
    }

    /** {@code pid 4242, started 2025-...}, from the lock file's text; the pid tells whether it is still alive. */
    private static String holder(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "holder unknown";
        }
        String pid = field(text, "pid");
        String started = field(text, "started");
        if (pid == null) return "holder unknown";
        return "pid " + pid + ", started " + started;
    }

    private static String field(String text, String name) {
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ")) return line.substring(name.length() + 1).strip();
        }
        return null;
    }

    /** Deletes the lock file while still holding it, then lets go; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a lock file left behind is stale, not harmful: the next run takes it
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
        HELD.remove(file.toAbsolutePath().normalize(), this);
    }

    private static void closeQuietly(FileChannel c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
