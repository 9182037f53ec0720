package clxs.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files one run of a local catalog writes before they are the catalog: the partial database
 * file, the partial volumes and the partial run files (the clone template). A run writes only
 * these; {@link #publish} moves them into place when the run succeeded, {@link #discard} removes
 * them otherwise. Publishing first leaves a marker, so a run killed while moving is completed by
 * the next run or {@code --cleanup} ({@link #recover}) instead of leaving half a catalog. Every
 * method runs under the catalog's {@link CatalogLock}.
 */
final class RunFiles {

    private final LocalCatalogs catalogs;
    private final String catalog;

    RunFiles(LocalCatalogs catalogs, String catalog) {
        this.catalogs = catalogs;
        this.catalog = catalog;
    }

    Path partialFile() {
        return catalogs.partialFile(catalog);
    }

    Path partialVolumes() {
        return catalogs.partialVolumes(catalog);
    }

    Path partialRunFiles() {
        return catalogs.partialRunFiles(catalog);
    }

    /** The pid of the live run holding the catalog's lock, or null. */
    static Long holder(LocalCatalogs catalogs, String catalog) {
        return CatalogLock.holderPid(catalogs.lockFile(catalog));
    }

    /**
     * Puts the directory back in a finished state after a run that died: completes a run that was
     * being published (with its clone, which the marker names), or removes what an unfinished run
     * wrote. Returns what was removed.
     */
    List<Path> recover() {
        Path marker = catalogs.publishingMarker(catalog);
        try {
            if (Files.exists(marker)) {
                String clone = clone(Files.readString(marker));
                if (clone != null) {
                    // the clone was published in the same decision: complete it too, under its own lock (a run of it now: leave it)
                    try (CatalogLock lock = CatalogLock.acquire(catalogs.lockFile(clone), clone)) {
                        new RunFiles(catalogs, clone).rollForward();
                    } catch (CatalogRefusedException busy) {
                        // that run recovers it first
                    }
                }
                rollForward();
                return List.of();
            }
            if (namedAsCloneInAPublication()) {
                rollForward();
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the interrupted publication of catalog " + catalog + ": " + e.getMessage(), e);
        }
        return discard();
    }

    /** Whether the publication of another catalog names this one as its clone: then this one is published too. */
    private boolean namedAsCloneInAPublication() throws IOException {
        if (!Files.isDirectory(catalogs.dir())) return false;
        try (Stream<Path> files = Files.list(catalogs.dir())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".publishing")).toList()) {
                if (catalog.equals(clone(Files.readString(p)))) return true;
            }
        }
        return false;
    }

    private static String clone(String marker) {
        for (String line : marker.split("\n")) {
            if (line.startsWith("clone ")) return line.substring("clone ".length()).strip();
        }
        return null;
    }

    /**
     * Makes the partial files a run starts from: a copy of the catalog (file and WAL as one unit)
     * and of its volumes when the run adds to it, nothing but an empty volumes folder when it
     * replaces it.
     */
    void prepare(boolean addToExisting, boolean withVolumes) throws IOException {
        Files.createDirectories(catalogs.dir());
        Path file = catalogs.file(catalog);
        if (addToExisting && catalogs.exists(catalog)) {
            Files.copy(file, partialFile(), StandardCopyOption.COPY_ATTRIBUTES);
            Path wal = LocalCatalogs.wal(file);
            if (Files.exists(wal)) Files.copy(wal, LocalCatalogs.wal(partialFile()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        if (!withVolumes) return;
        Files.createDirectories(partialVolumes());
        Path volumes = catalogs.volumes(catalog);
        if (addToExisting && Files.isDirectory(volumes)) copyTree(volumes, partialVolumes());
    }

    /**
     * Moves a run's files into place, with its clone's: first both are marked as being published
     * (so recovery completes the pair, never half of it), then each catalog file (its old WAL removed
     * first, so it cannot replay into the new file), the volumes (the previous ones replaced), the
     * run files. The partial files must have been checkpointed (no WAL of their own).
     *
     * @param clone the clone's files, or null
     */
    void publish(RunFiles clone) throws IOException {
        for (RunFiles f : clone == null ? List.of(this) : List.of(this, clone)) {
            Path partialWal = LocalCatalogs.wal(f.partialFile());
            if (Files.exists(partialWal)) throw new IOException("the partial catalog still has a write-ahead log " + partialWal + "; it was not checkpointed");
        }
        // one marker decides for both: recovery of either catalog finds it
        Files.writeString(catalogs.publishingMarker(catalog), "publishing " + catalog + "\n" + (clone == null ? "" : "clone " + clone.catalog + "\n"));
        if (clone != null) clone.rollForward();
        rollForward();
    }

    /** Idempotent: each move happens once, whichever of them a killed run had done already. */
    private void rollForward() throws IOException {
        Path file = catalogs.file(catalog);
        if (Files.exists(partialFile())) {
            Files.deleteIfExists(LocalCatalogs.wal(file));
            Failpoints.publishing();
            Files.move(partialFile(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Path volumes = catalogs.volumes(catalog);
        Path old = catalogs.oldVolumes(catalog);
        if (Files.exists(partialVolumes())) {
            if (Files.exists(volumes)) {
                LocalCatalogs.deleteTree(old);
                Files.move(volumes, old, StandardCopyOption.ATOMIC_MOVE);
            }
            if (isEmptyFolder(partialVolumes())) LocalCatalogs.deleteTree(partialVolumes());
            else Files.move(partialVolumes(), volumes, StandardCopyOption.ATOMIC_MOVE);
        }
        LocalCatalogs.deleteTree(old);
        LocalCatalogs.removeIfEmpty(catalogs.volumesRoot());
        Path runFiles = partialRunFiles();
        if (Files.exists(runFiles)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(runFiles)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                Path target = catalogs.dir().resolve(runFiles.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            LocalCatalogs.deleteTree(runFiles);
        }
        Files.deleteIfExists(catalogs.publishingMarker(catalog));
    }

    /** Removes the run's partial files (database and WAL, volumes, run files); best effort, returns what went. */
    List<Path> discard() {
        List<Path> removed = new ArrayList<>();
        for (Path p : List.of(partialFile(), LocalCatalogs.wal(partialFile()))) {
            try {
                if (Files.deleteIfExists(p)) removed.add(p);
            } catch (IOException | RuntimeException ignored) {
                // nothing was written there, or it is already gone
            }
        }
        for (Path tree : List.of(partialVolumes(), catalogs.oldVolumes(catalog), partialRunFiles())) {
            try {
                if (Files.exists(tree)) {
                    LocalCatalogs.deleteTree(tree);
                    removed.add(tree);
                }
            } catch (RuntimeException ignored) {
                // best effort, as above
            }
        }
        LocalCatalogs.removeIfEmpty(catalogs.volumesRoot());
        return removed;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
