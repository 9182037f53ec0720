package clxs.engine;

import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.result.RunResult;
import clxs.sql.Dialect;
import clxs.sql.EngineErrors;
import clxs.sql.FileLayout;
import clxs.sql.StepRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * The embedded engine: each catalog is a DuckDB file {@code <dir>/<catalog>.duckdb}, so
 * {@code catalog.schema.table} names work as on Databricks. A run writes to a hidden partial file
 * and moves it into place when the plan has run, so a crash or Ctrl-C leaves the previous catalog
 * (or nothing) behind, never half a catalog.
 *
 * <pre>{@code
 * LocalEngine.in(Path.of("/tmp/demo")).withThreads(2).quiet()
 * }</pre>
 */
public final class LocalEngine implements Engine {

    /** Local catalogs are DuckDB files. */
    public static final Dialect DIALECT = Dialect.DUCKDB;

    private final LocalCatalogs catalogs;
    private final Integer threads;
    private final ProgressListener progress;

    private LocalEngine(LocalCatalogs catalogs, Integer threads, ProgressListener progress) {
        this.catalogs = catalogs;
        this.threads = threads;
        this.progress = progress;
    }

    /** {@code $CLXS_HOME} or {@code ./clxs-data}, progress on the console. */
    public static LocalEngine defaults() {
        return in(LocalCatalogs.defaultDir());
    }

    public static LocalEngine in(Path dir) {
        return new LocalEngine(new LocalCatalogs(dir), null, ConsoleProgress.auto());
    }

    /** DuckDB worker threads (default: one per core). Data does not depend on it. */
    public LocalEngine withThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be >= 1, got " + n);
        return new LocalEngine(catalogs, n, progress);
    }

    public LocalEngine withProgress(ProgressListener listener) {
        return new LocalEngine(catalogs, threads, listener);
    }

    /** No progress output. */
    public LocalEngine quiet() {
        return withProgress(ProgressListener.SILENT);
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

    @Override
    public RunResult execute(Plan plan) {
        String catalog = plan.catalog();
        String dest = plan.settings().destCatalog();
        Path file = catalogs.file(catalog);
        Path partial = catalogs.partialFile(catalog);
        ResultAssembler.Where where = new ResultAssembler.Where(name(), dialect().name(), file.toString(),
                dest == null ? null : catalogs.file(dest).toString(), "local DuckDB " + file);
        PlanExecutor executor = new PlanExecutor(new StepRenderer(Dialect.DUCKDB, partialLayout(catalog, dest)), progress, e -> false);
        Runnable discard = () -> {
            catalogs.deletePartial(catalog);
            if (dest != null) catalogs.deletePartial(dest);
        };
        return EngineRun.of(plan, where, progress, executor).onCancel(discard)
                .failureMessage(e -> e instanceof SQLException ? EngineErrors.firstLine(e.getMessage()) : String.valueOf(e.getMessage()))
                .run(() -> {
                    Files.createDirectories(catalogs.dir());
                    discard.run();
                    if (Files.exists(file) && !plan.settings().dropExisting()) Files.copy(file, partial);
                    Map<ObjectName, Long> counts = new HashMap<>();
                    PlanExecutor.Outcome outcome;
                    boolean cloned = false;
                    try (Connection main = DriverManager.getConnection("jdbc:duckdb:")) {
                        exec(main, "ATTACH " + Dialect.DUCKDB.stringLiteral(partial.toString()) + " AS " + Dialect.DUCKDB.quote(catalog));
                        if (threads != null) exec(main, "SET threads = " + threads);
                        outcome = executor.run(plan, plan.settings().maxWorkers(), () -> ((DuckDBConnection) main).duplicate());
                        if (!outcome.cancelled()) {
                            for (Step s : outcome.succeeded()) {
                                ObjectName t = s.createdTable();
                                if (t != null && t.catalog().equals(catalog)) counts.put(t, count(main, t));
                            }
                            cloned = outcome.succeeded().stream().anyMatch(s -> s instanceof Step.CreateCloneCatalog);
                            if (cloned) exec(main, "DETACH " + Dialect.DUCKDB.quote(dest));
                            exec(main, "DETACH " + Dialect.DUCKDB.quote(catalog));
                        }
                    }
                    if (outcome.cancelled()) {
                        discard.run();
                    } else {
                        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        catalogs.publishVolumes(catalog);
                        if (cloned) Files.move(catalogs.partialFile(dest), catalogs.file(dest), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                    return new EngineRun.Ran(outcome, counts);
                });
    }

    /**
     * Files as the run writes them: the catalog and its clone to their partial files, volume
     * folders to the partial volumes folder; all are moved into place when the plan has run.
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

            @Override public Path file(String relative) { return finals.file(relative); }
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

    /** Runs {@code sql} against the local catalogs (read-only), {@code catalog} being the default one. */
    @Override
    public QueryResult query(String catalog, String sql) throws SQLException {
        return QueryResult.run(catalogs, catalogs.list(), catalog, sql);
    }

    /** Deletes each catalog's database file, volume folders and clone template. */
    @Override
    public List<String> cleanup(List<String> names) {
        List<String> removed = new java.util.ArrayList<>();
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
