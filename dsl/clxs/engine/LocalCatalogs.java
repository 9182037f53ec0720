package clxs.engine;

import clxs.plan.enrichment.CloneTemplateLayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where local catalogs live: one DuckDB file {@code <dir>/<catalog>.duckdb} each (with DuckDB's
 * {@code .wal} beside it while a writer has it open), volumes under {@code <dir>/volumes/<catalog>/},
 * the clone template under {@code <dir>/config/}. The directory is {@code --local-dir}, else
 * {@code $CLXS_HOME}, else {@code ./clxs-data}. A catalog is clxs's when it carries clxs's mark
 * inside ({@link CatalogMark}); names compare exactly, whatever the file system does with case.
 */
public final class LocalCatalogs {

    public static final String ENV = "CLXS_HOME";
    public static final String DEFAULT_DIR = "clxs-data";
    private static final String SUFFIX = ".duckdb";
    /** DuckDB's own databases: a catalog attached under one of these names collides with it (compared ignoring case, as DuckDB does). */
    private static final Set<String> RESERVED = Set.of("memory", "system", "temp", "main");
    /**
     * Longest catalog name: the longest file clxs derives from it ({@code .<name>.partial.duckdb.wal})
     * must stay within the 255 bytes file systems allow.
     */
    public static final int MAX_NAME = 200;
    private static final Pattern LEFTOVER = Pattern.compile("^\\.(.+)\\.(partial\\.duckdb|partial\\.duckdb\\.wal|partial\\.files|publishing|lock)$");
    private static final Pattern LEFTOVER_VOLUMES = Pattern.compile("^\\.(.+)\\.(partial|old)$");

    private final Path dir;

    public LocalCatalogs(Path dir) {
        this.dir = dir;
    }

    /** The directory from {@code CLXS_HOME}, or {@code ./clxs-data}. */
    public static Path defaultDir() {
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? Paths.get(DEFAULT_DIR) : Paths.get(env);
    }

    /**
     * Why {@code catalog} cannot be a local catalog although it is a valid name (reserved by DuckDB,
     * too long for a file name), or null.
     */
    public static String nameProblem(String catalog) {
        if (catalog == null) return null;
        if (RESERVED.contains(catalog.toLowerCase(Locale.ROOT))) {
            return "is reserved by DuckDB (memory, system, temp and main name its own databases); choose another name";
        }
        if (catalog.length() > MAX_NAME) return "is " + catalog.length() + " characters long; local catalogs take at most " + MAX_NAME;
        return null;
    }

    public Path dir() {
        return dir;
    }

    public Path file(String catalog) {
        return dir.resolve(catalog + SUFFIX);
    }

    /** DuckDB's write-ahead log of a catalog file: one unit with the file when copying, publishing and removing. */
    static Path wal(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".wal");
    }

    /** Where a run writes until it succeeds, so a failed or cancelled run leaves nothing behind. */
    Path partialFile(String catalog) {
        return dir.resolve("." + catalog + ".partial" + SUFFIX);
    }

    /** Files the run writes beside the catalog (the clone template), until it succeeds. */
    Path partialRunFiles(String catalog) {
        return dir.resolve("." + catalog + ".partial.files");
    }

    /** Present while a finished run is moved into place: recovery completes such a run instead of discarding it. */
    Path publishingMarker(String catalog) {
        return dir.resolve("." + catalog + ".publishing");
    }

    /** Where DuckDB spills past the run's memory limit; removed after the run (and by a cleanup, if a crash left it). */
    Path spillDir(String catalog) {
        return dir.resolve("." + catalog + ".spill");
    }

    Path lockFile(String catalog) {
        return dir.resolve("." + catalog + ".lock");
    }

    public Path volumes(String catalog) {
        return volumesRoot().resolve(catalog);
    }

    /** Volume folders a run writes until it succeeds (see {@link #partialFile}). */
    Path partialVolumes(String catalog) {
        return volumesRoot().resolve("." + catalog + ".partial");
    }

    /** The previous run's volumes while the new ones are moved into place. */
    Path oldVolumes(String catalog) {
        return volumesRoot().resolve("." + catalog + ".old");
    }

    Path volumesRoot() {
        return dir.resolve("volumes");
    }

    Path cloneTemplate(String catalog) {
        return dir.resolve(CloneTemplateLayer.path(catalog));
    }

    /** Whether the catalog's file is in the directory, under exactly this name. */
    public boolean exists(String catalog) {
        return list().contains(catalog);
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

    /** Whether clxs made the catalog (its mark is inside), it is someone else's DuckDB file, or no DuckDB file at all. */
    public CatalogMark.Ownership ownership(String catalog) {
        return exists(catalog) ? CatalogMark.read(file(catalog), catalog) : CatalogMark.Ownership.absent();
    }

    /** The catalogs clxs made as clones of {@code catalog} ({@code --dest-catalog}), by their mark. */
    public List<String> clonesOf(String catalog) {
        return list().stream().filter(n -> !n.equals(catalog)).filter(n -> catalog.equals(CatalogMark.read(file(n), n).cloneOf())).toList();
    }

    /** {@code 5 schemas (healthcare, ...), 20 tables; clxs 0.1.0, run of ...}: what a catalog holds, for messages. */
    public String describe(String catalog) {
        CatalogMark.Ownership o = ownership(catalog);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement s = c.createStatement()) {
            s.execute("ATTACH " + clxs.sql.Dialect.DUCKDB.stringLiteral(file(catalog).toString()) + " AS " + clxs.sql.Dialect.DUCKDB.quote(catalog) + " (READ_ONLY)");
            String db = clxs.sql.Dialect.DUCKDB.stringLiteral(catalog);
            List<String> schemas = new ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT schema_name FROM duckdb_schemas() WHERE database_name = " + db
                    + " AND NOT internal AND schema_name <> 'main' ORDER BY 1")) {
                while (rs.next()) schemas.add(rs.getString(1));
            }
            long tables;
            try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = " + db)) {
                rs.next();
                tables = rs.getLong(1);
            }
            String shown = schemas.size() <= 6 ? String.join(", ", schemas) : String.join(", ", schemas.subList(0, 6)) + ", ...";
            return file(catalog) + ": " + schemas.size() + " schemas (" + shown + "), " + tables + " tables"
                    + (o.clxs() ? "; " + o.generatedBy() : "");
        } catch (java.sql.SQLException e) {
            return file(catalog) + ": " + o.describe();
        }
    }

    /**
     * What interrupted runs left in the directory (partial files, their WALs, partial volumes, lock
     * files), by catalog; a run in progress holds its lock, so its files are not listed.
     */
    public List<Leftover> leftovers() {
        TreeMap<String, List<Path>> byCatalog = new TreeMap<>();
        collect(dir, LEFTOVER, byCatalog);
        collect(volumesRoot(), LEFTOVER_VOLUMES, byCatalog);
        List<Leftover> out = new ArrayList<>();
        byCatalog.forEach((catalog, paths) -> {
            Long pid = RunFiles.holder(this, catalog);
            out.add(new Leftover(catalog, paths.stream().sorted().toList(), paths.stream().mapToLong(LocalCatalogs::size).sum(), pid));
        });
        return out;
    }

    /**
     * Files of a catalog that no finished run owns.
     *
     * @param inProgressPid the pid of the run writing them now, or null when they are stale
     */
    public record Leftover(String catalog, List<Path> paths, long bytes, Long inProgressPid) {
        public boolean stale() {
            return inProgressPid == null;
        }
    }

    private static void collect(Path in, Pattern pattern, TreeMap<String, List<Path>> into) {
        if (!Files.isDirectory(in)) return;
        try (Stream<Path> files = Files.list(in)) {
            files.forEach(p -> {
                Matcher m = pattern.matcher(p.getFileName().toString());
                if (m.matches()) into.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Deletes a catalog as one unit: its file and WAL, volumes, clone template, and whatever an
     * interrupted run of it left; then the {@code config/} and {@code volumes/} folders if that
     * emptied them. Takes the catalog's lock, so a run in progress is refused, not broken.
     */
    public List<Path> delete(String catalog) {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> removed = new ArrayList<>();
        try (CatalogLock lock = CatalogLock.acquire(lockFile(catalog), catalog)) {
            removed.addAll(new RunFiles(this, catalog).recover());
            for (Path p : List.of(file(catalog), wal(file(catalog)), cloneTemplate(catalog))) {
                if (existsExactly(p) && deleteIfExists(p)) removed.add(p);
            }
            for (Path tree : List.of(volumes(catalog), spillDir(catalog))) {
                if (existsExactly(tree)) {
                    deleteTree(tree);
                    removed.add(tree);
                }
            }
        }
        removeIfEmpty(cloneTemplate(catalog).getParent());
        removeIfEmpty(volumesRoot());
        return removed;
    }

    /** Whether {@code p} exists under exactly this name: a case-insensitive file system would also find {@code Imp.duckdb} for {@code imp.duckdb}. */
    static boolean existsExactly(Path p) {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        try (Stream<Path> siblings = Files.list(p.toAbsolutePath().getParent())) {
            String name = p.getFileName().toString();
            return siblings.anyMatch(s -> s.getFileName().toString().equals(name));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean deleteIfExists(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + p, e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(LocalCatalogs::deleteIfExists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder clxs made when nothing is left in it. */
    static void removeIfEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // absent, not empty any more, or not ours to remove: leave it
        }
    }
}
