package clxs.target;

import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.sql.Dialect;
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
 * LocalTarget.in(Path.of("/tmp/demo")).withThreads(2).quiet()
 * }</pre>
 */
public final class LocalTarget implements Target {

    private final LocalCatalogs catalogs;
    private final Integer threads;
    private final ProgressListener progress;

    private LocalTarget(LocalCatalogs catalogs, Integer threads, ProgressListener progress) {
        this.catalogs = catalogs;
        this.threads = threads;
        this.progress = progress;
    }

    /** {@code $CLXS_HOME} or {@code ./clxs-data}, progress on the console. */
    public static LocalTarget defaults() {
        return in(LocalCatalogs.defaultDir());
    }

    public static LocalTarget in(Path dir) {
        return new LocalTarget(new LocalCatalogs(dir), null, ConsoleProgress.auto());
    }

    /** DuckDB worker threads (default: one per core). Data does not depend on it. */
    public LocalTarget withThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be >= 1, got " + n);
        return new LocalTarget(catalogs, n, progress);
    }

    public LocalTarget withProgress(ProgressListener listener) {
        return new LocalTarget(catalogs, threads, listener);
    }

    /** No progress output. */
    public LocalTarget quiet() {
        return withProgress(ProgressListener.SILENT);
    }

    public LocalCatalogs catalogs() {
        return catalogs;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Dialect dialect() {
        return Dialect.DUCKDB;
    }

    @Override
    public RunResult execute(Plan plan) {
        Instant started = Instant.now();
        String catalog = plan.catalog();
        Path file = catalogs.file(catalog);
        Path partial = catalogs.partialFile(catalog);
        PlanExecutor executor = new PlanExecutor(new StepRenderer(Dialect.DUCKDB), progress, e -> false);
        Thread onInterrupt = new Thread(() -> {
            executor.cancel();
            catalogs.deletePartial(catalog);
        }, "clxs-cancel");
        progress.runStarted(plan, "local DuckDB " + file);
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        RunResult result;
        try {
            Files.createDirectories(catalogs.dir());
            catalogs.deletePartial(catalog);
            if (Files.exists(file) && !plan.definition().dropExisting()) Files.copy(file, partial);
            Map<Step.CreateTable, Long> counts = new HashMap<>();
            PlanExecutor.Outcome outcome;
            try (Connection main = DriverManager.getConnection("jdbc:duckdb:")) {
                exec(main, "ATTACH " + Dialect.DUCKDB.stringLiteral(partial.toString()) + " AS " + Dialect.DUCKDB.quote(catalog));
                if (threads != null) exec(main, "SET threads = " + threads);
                outcome = executor.run(plan, plan.definition().maxWorkers(), () -> ((DuckDBConnection) main).duplicate());
                if (!outcome.cancelled()) {
                    for (Step s : outcome.succeeded()) {
                        if (s instanceof Step.CreateTable t) counts.put(t, count(main, t));
                    }
                    exec(main, "DETACH " + Dialect.DUCKDB.quote(catalog));
                }
            }
            RunResult.Status status = outcome.cancelled() ? RunResult.Status.CANCELLED
                    : outcome.errors().isEmpty() ? RunResult.Status.SUCCEEDED : RunResult.Status.FAILED;
            if (outcome.cancelled()) catalogs.deletePartial(catalog);
            else Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            result = ResultAssembler.assemble(plan, status, name(), dialect().name(), file.toString(), started, outcome.succeeded(),
                    t -> counts.getOrDefault(t, 0L), outcome.skipped(), outcome.errors(), outcome.rows());
        } catch (SQLException | IOException | RuntimeException e) {
            catalogs.deletePartial(catalog);
            String message = e instanceof SQLException ? PlanExecutor.firstLine(e.getMessage()) : String.valueOf(e.getMessage());
            result = ResultAssembler.assemble(plan, RunResult.Status.FAILED, name(), dialect().name(), file.toString(), started, List.of(),
                    t -> 0, List.of(), List.of(new RunResult.StepError("run", message)), Map.of());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook is running and cleans up
            }
        }
        progress.runFinished(result);
        return result;
    }

    /**
     * Runs the foreign-key audit of {@code plan} (see {@code Compiler.auditOnly}) against the
     * existing catalog file, read-only.
     */
    public RunResult audit(Plan plan) {
        Instant started = Instant.now();
        Path file = catalogs.file(plan.catalog());
        PlanExecutor executor = new PlanExecutor(new StepRenderer(Dialect.DUCKDB), progress, e -> false);
        try (Connection main = DriverManager.getConnection("jdbc:duckdb:")) {
            exec(main, "ATTACH " + Dialect.DUCKDB.stringLiteral(file.toString()) + " AS " + Dialect.DUCKDB.quote(plan.catalog()) + " (READ_ONLY)");
            PlanExecutor.Outcome o = executor.run(plan, plan.definition().maxWorkers(), () -> ((DuckDBConnection) main).duplicate());
            RunResult.Status status = o.errors().isEmpty() ? RunResult.Status.SUCCEEDED : RunResult.Status.FAILED;
            return ResultAssembler.assemble(plan, status, name(), dialect().name(), file.toString(), started, o.succeeded(), t -> 0, o.skipped(),
                    o.errors(), o.rows());
        } catch (SQLException e) {
            return ResultAssembler.assemble(plan, RunResult.Status.FAILED, name(), dialect().name(), file.toString(), started, List.of(), t -> 0, List.of(),
                    List.of(new RunResult.StepError("audit", PlanExecutor.firstLine(e.getMessage()))), Map.of());
        }
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

    private static long count(Connection c, Step.CreateTable t) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Dialect.DUCKDB.qualified(t.table()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public String toString() {
        return "LocalTarget[" + catalogs.dir() + "]";
    }
}
