package clxs.engine;

import clxs.plan.ObjectName;
import clxs.plan.PhaseKind;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.result.RunResult;
import clxs.sql.Dialect;
import clxs.sql.EngineErrors;
import clxs.sql.FileLayout;
import clxs.sql.StepRenderer;
import clxs.settings.InvalidDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * The embedded engine: each catalog is a DuckDB file {@code <dir>/<catalog>.duckdb}, so
 * {@code catalog.schema.table} names work as on Databricks. A run takes the catalog's lock, writes
 * to hidden partial files and moves them into place only when the plan ran without errors and
 * was not cancelled, so a failure, a crash or Ctrl-C leaves the previous catalog (or nothing)
 * behind, never half a catalog. It writes into, replaces and deletes only catalogs that carry
 * clxs's mark ({@link CatalogMark}), unless {@link #force} names them.
 *
 * <pre>{@code
 * LocalEngine.in(Path.of("/tmp/demo")).withThreads(2).quiet()
 * }</pre>
 */
public final class LocalEngine implements Engine {

    /** Local catalogs are DuckDB files. */
    public static final Dialect DIALECT = Dialect.DUCKDB;

    /** {@link #threads} when the user set none: {@link #automaticThreads} per phase. */
    private static final int AUTOMATIC_THREADS = 0;

    private final LocalCatalogs catalogs;
    private final int threads;
    private final MemoryBudget memory;
    private final ProgressListener progress;
    private final Set<String> forced;
    private final boolean keepExisting;

    private LocalEngine(LocalCatalogs catalogs, int threads, MemoryBudget memory, ProgressListener progress, Set<String> forced, boolean keepExisting) {
        this.catalogs = catalogs;
        this.threads = threads;
        this.memory = memory;
        this.progress = progress;
        this.forced = Set.copyOf(forced);
        this.keepExisting = keepExisting;
    }

    /** {@code $CLXS_HOME} or {@code ./clxs-data}, progress on the console. */
    public static LocalEngine defaults() {
        return in(LocalCatalogs.defaultDir());
    }

    /**
     * Catalogs under {@code dir}, with DuckDB's threads set from the cores and the run's workers
     * ({@link #automaticThreads}) and the memory budget of {@value MemoryBudget#ENV} or the
     * machine's default ({@link MemoryBudget#fromEnvironment()}).
     */
    public static LocalEngine in(Path dir) {
        return new LocalEngine(new LocalCatalogs(dir), AUTOMATIC_THREADS, MemoryBudget.fromEnvironment(), ConsoleProgress.auto(), Set.of(), false);
    }

    /**
     * How many of a phase's statements run at once: the data phase inserts into at most one table
     * per core (on 2 cores, four inserts at once thrashed the caches: two measured 5 to 17% faster,
     * BENCHMARKS.md), every other phase runs the run's {@code workers} (the star facts and the audit
     * keep both cores busier with more statements than cores).
     */
    static int statementsAtOnce(PhaseKind phase, int cores, int workers) {
        return phase == PhaseKind.DATA ? Math.max(1, Math.min(workers, cores)) : workers;
    }

    /**
     * DuckDB's threads for a phase when none are set. The data phase runs its inserts
     * ({@link #statementsAtOnce}) each on its worker's own thread, which DuckDB counts among the
     * threads it was given: it gets the cores the inserts leave free, plus one, so on 2 cores no
     * helper thread competes with the two inserts (the data phase measured 5 to 17% faster so,
     * BENCHMARKS.md). The other phases get one thread per core.
     */
    static int automaticThreads(PhaseKind phase, int cores, int workers) {
        return phase == PhaseKind.DATA ? Math.max(1, cores - statementsAtOnce(phase, cores, workers) + 1) : cores;
    }

    /** DuckDB worker threads for every phase (default: {@link #automaticThreads}). Data does not depend on it. */
    public LocalEngine withThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be >= 1, got " + n);
        return new LocalEngine(catalogs, n, memory, progress, forced, keepExisting);
    }

    /**
     * DuckDB's memory limit for the run ({@code 512MB}, {@code 4GB}, {@code 25%}): past it, DuckDB
     * spills to a hidden folder in the local directory (removed after the run) instead of growing.
     * Data does not depend on it.
     *
     * @throws IllegalArgumentException when {@code size} is not a size, or too small or large
     */
    public LocalEngine withMemoryLimit(String size) {
        return new LocalEngine(catalogs, threads, MemoryBudget.parse(size), progress, forced, keepExisting);
    }

    public LocalEngine withProgress(ProgressListener listener) {
        return new LocalEngine(catalogs, threads, memory, listener, forced, keepExisting);
    }

    /** No progress output. */
    public LocalEngine quiet() {
        return withProgress(ProgressListener.SILENT);
    }

    /**
     * Catalogs this engine may write into, replace or delete although clxs did not generate them
     * (their DuckDB file has no clxs mark, or is no DuckDB file at all): {@code --force NAME}.
     */
    public LocalEngine force(String... catalogNames) {
        Set<String> all = new java.util.HashSet<>(forced);
        all.addAll(List.of(catalogNames));
        return new LocalEngine(catalogs, threads, memory, progress, all, keepExisting);
    }

    /**
     * Refuses to run into a catalog that exists unless the plan drops it first ({@code --drop-existing}),
     * instead of adding to it: what {@code clxs demo} does, so a second run never silently replaces the first.
     */
    public LocalEngine existingCatalogsKept() {
        return new LocalEngine(catalogs, threads, memory, progress, forced, true);
    }

    public LocalCatalogs catalogs() {
        return catalogs;
    }

    @Override
    public String name() {
        return LOCAL;
    }

    @Override
    public Dialect dialect() {
        return DIALECT;
    }

    /**
     * @throws InvalidDefinitionException when a name cannot be a local catalog (reserved by DuckDB, too long)
     * @throws CatalogRefusedException    when another run holds a catalog, or one exists that clxs did not generate
     */
    @Override
    public RunResult execute(Plan plan) {
        String catalog = plan.catalog();
        String dest = plan.settings().destCatalog();
        checkName(catalog, "catalog_name");
        if (dest != null) checkName(dest, "dest_catalog");
        createDirectory();
        List<String> names = dest == null ? List.of(catalog) : List.of(catalog, dest);
        List<CatalogLock> locks = new ArrayList<>();
        try {
            for (String n : names) locks.add(CatalogLock.acquire(catalogs.lockFile(n), n));
            for (String n : names) new RunFiles(catalogs, n).recover();
            for (String n : names) checkOwnership(n);
            if (keepExisting && !plan.settings().dropExisting() && catalogs.exists(catalog)) {
                throw new CatalogRefusedException("catalog " + catalog + " already exists: " + catalogs.describe(catalog)
                        + ". Add --drop-existing to replace it with this run's industries (" + String.join(", ", plan.industries())
                        + "), or choose another --catalog name.");
            }
            Path spill = catalogs.spillDir(catalog);
            try {
                return generate(plan, catalog, dest, spill, () -> locks.forEach(CatalogLock::close))
                        .withResources(new clxs.result.Resources(memory.bytes(), threads(PhaseKind.DATA, plan), threads(PhaseKind.CATALOG, plan), spill.toString(), ProcessMemory.peakRssBytes()));
            } finally {
                LocalCatalogs.deleteTree(spill);
            }
        } finally {
            for (int i = locks.size() - 1; i >= 0; i--) locks.get(i).close();
        }
    }

    /** The threads of a phase: {@link #withThreads} when set, else {@link #automaticThreads}. */
    private int threads(PhaseKind phase, Plan plan) {
        return threads != AUTOMATIC_THREADS ? threads : automaticThreads(phase, Runtime.getRuntime().availableProcessors(), plan.settings().maxWorkers());
    }

    private RunResult generate(Plan plan, String catalog, String dest, Path spill, Runnable releaseLocks) {
        Path file = catalogs.file(catalog);
        RunFiles mainFiles = new RunFiles(catalogs, catalog);
        RunFiles destFiles = dest == null ? null : new RunFiles(catalogs, dest);
        ResultAssembler.Where where = new ResultAssembler.Where(name(), dialect().name(), file.toString(),
                dest == null ? null : catalogs.file(dest).toString(), "local DuckDB " + file);
        PlanExecutor executor = new PlanExecutor(new StepRenderer(Dialect.DUCKDB, partialLayout(catalog, dest)), progress, e -> false);
        Runnable discard = () -> {
            mainFiles.recover();
            if (destFiles != null) destFiles.recover();
        };
        Instant started = Instant.now();
        return EngineRun.of(plan, where, progress, executor).onCancel(discard).onInterruptedExit(releaseLocks)
                .failureMessage(e -> e instanceof SQLException ? EngineErrors.firstLine(e.getMessage()) : String.valueOf(e.getMessage()))
                .run(decision -> {
                    mainFiles.prepare(!plan.settings().dropExisting(), true);
                    if (destFiles != null) destFiles.prepare(false, false);
                    Map<ObjectName, Long> counts = new HashMap<>();
                    PlanExecutor.Outcome outcome;
                    boolean cloned = false;
                    try (Connection main = DriverManager.getConnection("jdbc:duckdb:")) {
                        exec(main, "ATTACH " + Dialect.DUCKDB.stringLiteral(mainFiles.partialFile().toString()) + " AS " + Dialect.DUCKDB.quote(catalog));
                        // a bounded budget: past it DuckDB spills to the local directory rather than growing
                        exec(main, "SET threads = " + threads(PhaseKind.CATALOG, plan));
                        exec(main, "SET memory_limit = " + Dialect.DUCKDB.stringLiteral(memory.duckDbSetting()));
                        exec(main, "SET temp_directory = " + Dialect.DUCKDB.stringLiteral(spill.toString()));
                        exec(main, CatalogMark.statement(catalog, plan, started, null));
                        outcome = executor.run(plan, plan.settings().maxWorkers(), () -> ((DuckDBConnection) main).duplicate(), (phase, workers) -> {
                            exec(main, "SET threads = " + threads(phase.kind(), plan));
                            return statementsAtOnce(phase.kind(), Runtime.getRuntime().availableProcessors(), workers);
                        });
                        if (!outcome.cancelled()) {
                            // counted for a failed run too: its summary shows what the attempt made, beside its errors
                            for (Step s : outcome.succeeded()) {
                                ObjectName t = s.createdTable();
                                if (t != null && t.catalog().equals(catalog)) counts.put(t, count(main, t));
                            }
                        }
                        if (!outcome.cancelled() && outcome.errors().isEmpty()) {
                            cloned = outcome.succeeded().stream().anyMatch(s -> s instanceof Step.CreateCloneCatalog);
                            if (cloned) {
                                exec(main, CatalogMark.statement(dest, plan, started, catalog));
                                closeDatabase(main, dest);
                            }
                            closeDatabase(main, catalog);
                        }
                    }
                    boolean complete = !outcome.cancelled() && outcome.errors().isEmpty();
                    if (complete) Failpoints.beforePublish(decision::cancelled);
                    if (complete && decision.finish()) {
                        mainFiles.publish(cloned ? destFiles : null);
                        return new EngineRun.Ran(outcome, counts);
                    }
                    discard.run();
                    return new EngineRun.Ran(complete || outcome.cancelled() ? outcome : notPublished(outcome, catalog), counts);
                });
    }

    /** A failed run is not published: the summary says so beside its errors. */
    private static PlanExecutor.Outcome notPublished(PlanExecutor.Outcome o, String catalog) {
        List<RunResult.Skipped> skipped = new ArrayList<>(o.skipped());
        skipped.add(new RunResult.Skipped("publish catalog " + catalog,
                "not published because the run failed: " + catalog + " is as it was before this run (the errors say what failed)"));
        return new PlanExecutor.Outcome(o.succeeded(), skipped, o.errors(), o.cancelled(), o.rows(), o.warnings());
    }

    /** Checkpoints a database (its WAL folded into the file) and detaches it, so the file is complete on its own. */
    private static void closeDatabase(Connection c, String catalog) throws SQLException {
        exec(c, "CHECKPOINT " + Dialect.DUCKDB.quote(catalog));
        exec(c, "DETACH " + Dialect.DUCKDB.quote(catalog));
    }

    private static void checkName(String name, String field) {
        String problem = LocalCatalogs.nameProblem(name);
        if (problem != null) throw new InvalidDefinitionException(field, "'" + abbreviate(name) + "' " + problem);
    }

    private static String abbreviate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }

    private void checkDirectory() {
        Path dir = catalogs.dir();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the local directory " + dir + " is a file, not a directory; give --local-dir (or CLXS_HOME) a directory");
        }
    }

    private void createDirectory() {
        Path dir = catalogs.dir();
        checkDirectory();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the local directory " + dir + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /** Refuses a catalog file clxs did not generate, unless {@link #force} names it. */
    private void checkOwnership(String name) {
        if (forced.contains(name)) return;
        CatalogMark.Ownership o = catalogs.ownership(name);
        if (o.kind() == CatalogMark.Ownership.Kind.FOREIGN || o.kind() == CatalogMark.Ownership.Kind.UNREADABLE) {
            throw new CatalogRefusedException(catalogs.file(name) + " is " + o.describe() + "; clxs does not write into, replace or delete it. "
                    + "Choose another catalog name, or force it with --force " + name + " (LocalEngine.force(\"" + name + "\") in code).");
        }
    }

    /**
     * Files as the run writes them: the catalog and its clone to their partial files, volume
     * folders to the partial volumes folder, run files (the clone template) to the partial run
     * files; all are moved into place when the run is published.
     */
    private FileLayout partialLayout(String catalog, String dest) {
        FileLayout finals = FileLayout.under(catalogs.dir());
        return new FileLayout() {
            @Override public Path catalogFile(String name) {
                return name.equals(catalog) || name.equals(dest) ? catalogs.partialFile(name) : finals.catalogFile(name);
            }

            @Override public Path volumeDir(ObjectName v) {
                return v.catalog().equals(catalog) ? catalogs.partialVolumes(catalog).resolve(v.schema()).resolve(v.name()) : finals.volumeDir(v);
            }

            @Override public Path file(String relative) { return catalogs.partialRunFiles(catalog).resolve(relative); }
        };
    }

    /**
     * Runs the foreign-key audit of {@code plan} (see {@code Compiler.auditOnly}) against the
     * existing catalog file, read-only.
     */
    public RunResult audit(Plan plan) {
        Instant started = Instant.now();
        Path file = catalogs.file(plan.catalog());
        ResultAssembler.Where where = new ResultAssembler.Where(name(), dialect().name(), file.toString(), null, "local DuckDB " + file + " (read-only)");
        PlanExecutor executor = new PlanExecutor(new StepRenderer(Dialect.DUCKDB), progress, e -> false);
        try (Connection main = DriverManager.getConnection("jdbc:duckdb:")) {
            exec(main, "ATTACH " + Dialect.DUCKDB.stringLiteral(file.toString()) + " AS " + Dialect.DUCKDB.quote(plan.catalog()) + " (READ_ONLY)");
            PlanExecutor.Outcome o = executor.run(plan, plan.settings().maxWorkers(), () -> ((DuckDBConnection) main).duplicate());
            RunResult.Status status = o.errors().isEmpty() ? RunResult.Status.SUCCEEDED : RunResult.Status.FAILED;
            return ResultAssembler.assemble(plan, status, where, started, o, t -> 0);
        } catch (SQLException e) {
            return ResultAssembler.failedToStart(plan, where, started, EngineErrors.firstLine(e.getMessage()));
        }
    }

    /** Runs {@code sql} against the local catalogs in a read-only session, {@code catalog} being the default one. */
    @Override
    public QueryResult query(String catalog, String sql) throws SQLException {
        return LocalQuery.in(catalogs).defaultCatalog(catalog).run(sql);
    }

    /**
     * Deletes each catalog as one unit (file and WAL, volume folders, clone template, what
     * interrupted runs left), under its lock; refuses, before deleting anything, a catalog clxs did
     * not generate unless {@link #force} names it.
     */
    @Override
    public List<String> cleanup(List<String> names) {
        for (String name : names) checkName(name, "catalog_name");
        checkDirectory();
        for (String name : names) checkOwnership(name);
        List<String> removed = new ArrayList<>();
        for (String name : names) catalogs.delete(name).forEach(p -> removed.add(p.toString()));
        return removed;
    }

    /** Schemas of an existing local catalog (read-only). */
    public List<String> schemas(String catalog) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            exec(c, "ATTACH " + Dialect.DUCKDB.stringLiteral(catalogs.file(catalog).toString()) + " AS " + Dialect.DUCKDB.quote(catalog) + " (READ_ONLY)");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata WHERE catalog_name = "
                         + Dialect.DUCKDB.stringLiteral(catalog) + " ORDER BY 1")) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, ObjectName t) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Dialect.DUCKDB.qualified(t))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public String toString() {
        return "LocalEngine[" + catalogs.dir() + "]";
    }
}
