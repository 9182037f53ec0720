package clxs.databricks;

import clxs.engine.ConsoleProgress;
import clxs.engine.Engine;
import clxs.engine.EngineRun;
import clxs.engine.PlanExecutor;
import clxs.engine.ProgressListener;
import clxs.engine.QueryResult;
import clxs.engine.ResultAssembler;
import clxs.result.RunResult;
import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.sql.Dialect;
import clxs.sql.FileLayout;
import clxs.sql.StepRenderer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A Databricks SQL warehouse: the plan's Databricks SQL runs through databricks-jdbc on
 * {@code max_workers} connections, phase by phase. Never chosen implicitly ({@code --target
 * databricks}). Re-runs are safe: an existing catalog or schema is not created again (workspaces
 * without a default storage root refuse even {@code CREATE CATALOG IF NOT EXISTS}); tables are
 * {@code CREATE OR REPLACE}d. A Unity Catalog quota error stops the run at once with what to do;
 * any other failed step is reported and the steps that do not depend on it go on. Ctrl-C cancels
 * the statements in flight and prints the partial summary.
 *
 * <pre>{@code
 * demo("demo").industries(HEALTHCARE).scale(0.01).generate(DatabricksEngine.connect(Workspace.resolve(null, null, "abc123")))
 * }</pre>
 */
public final class DatabricksEngine implements Engine {

    /** A SQL warehouse speaks Databricks SQL. */
    public static final Dialect DIALECT = Dialect.DATABRICKS;

    static final String QUOTA_HELP = "Unity Catalog's resource quota is exhausted (QUOTA_EXCEEDED.UC_RESOURCE_QUOTA_EXCEEDED): the metastore allows "
            + "no more tables or schemas. Drop demo catalogs you no longer need (the clxs command lists them with `catalogs list --target databricks --demo-only` and drops one with "
            + "`clxs catalogs drop NAME --target databricks`), generate fewer industries or a schema subset, or ask a metastore admin to raise the quota.";

    /** Tables counted by one query at the end of a run. */
    private static final int COUNTS_PER_QUERY = 20;

    private final Workspace workspace;
    private final ProgressListener progress;
    private final FileLayout runFiles;

    private DatabricksEngine(Workspace workspace, ProgressListener progress, FileLayout runFiles) {
        this.workspace = workspace;
        this.progress = progress;
        this.runFiles = runFiles;
    }

    /** A target on {@code workspace}; files a run writes (the clone template) go under the working directory. */
    public static DatabricksEngine connect(Workspace workspace) {
        return new DatabricksEngine(workspace, ConsoleProgress.auto(), FileLayout.defaultFor(Dialect.DATABRICKS));
    }

    public DatabricksEngine withProgress(ProgressListener listener) {
        return new DatabricksEngine(workspace, listener, runFiles);
    }

    /** Files a run writes on this machine (e.g. {@code config/demo_clone_<catalog>.json}) go under {@code dir}. */
    public DatabricksEngine withRunFilesIn(Path dir) {
        return new DatabricksEngine(workspace, progress, FileLayout.under(dir));
    }

    public DatabricksEngine quiet() {
        return withProgress(ProgressListener.SILENT);
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public String name() {
        return DATABRICKS;
    }

    @Override
    public Dialect dialect() {
        return DIALECT;
    }

    /** The quota errors that stop a run: more steps would only fail the same way. */
    static boolean isQuotaError(SQLException e) {
        String m = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        return m.contains("QUOTA_EXCEEDED") || m.contains("UC_RESOURCE_QUOTA_EXCEEDED");
    }

    /**
     * The engine's own words from a driver message, without the token: databricks-jdbc wraps them
     * as {@code Statement execution failed <id> -> <sql> FAILED. Error Message: <error>, Error code: ...}.
     */
    String message(String driverMessage) {
        return DriverMessages.engineMessage(workspace.redact(String.valueOf(driverMessage)));
    }

    @Override
    public RunResult execute(Plan plan) {
        String location = workspace.host() + " (warehouse " + workspace.warehouseId() + ")";
        ResultAssembler.Where where = new ResultAssembler.Where(name(), dialect().name(), location, null, "Databricks " + location);
        Existing existing = new Existing();
        PlanExecutor executor = new PlanExecutor(new StepRenderer(Dialect.DATABRICKS, runFiles), progress, DatabricksEngine::isQuotaError, this::message,
                existing::reason);
        return EngineRun.of(plan, where, progress, executor)
                .failureMessage(e -> e instanceof PlanExecutor.FatalStepException
                        ? workspace.redact(e.getMessage()) + " -- " + QUOTA_HELP : workspace.redact(String.valueOf(e.getMessage())))
                .run(decision -> {
                    existing.read(plan);
                    PlanExecutor.Outcome outcome = executor.run(plan, plan.settings().maxWorkers(), workspace::connect);
                    return new EngineRun.Ran(outcome, outcome.cancelled() ? Map.of() : countRows(plan, outcome));
                });
    }

    /** The catalog and schemas that already exist, so they are not created again. */
    private final class Existing {
        final Set<String> catalogs = new HashSet<>();
        final Set<String> schemas = new HashSet<>();

        String reason(Step step) {
            if (step instanceof Step.CreateCatalog c && !c.dropExisting() && catalogs.contains(c.catalog().toLowerCase(Locale.ROOT))) {
                return "catalog " + c.catalog() + " already exists";
            }
            if (step instanceof Step.CreateSchema s && schemas.contains((s.schema().catalog() + "." + s.schema().schema()).toLowerCase(Locale.ROOT))) {
                return "schema " + s.schema().shortName() + " already exists";
            }
            return null;
        }

        void read(Plan plan) throws SQLException {
            try (Connection c = workspace.connect()) {
                catalogs.addAll(column(c, "SHOW CATALOGS", 0));
                String catalog = plan.catalog().toLowerCase(Locale.ROOT);
                if (catalogs.contains(catalog) && !plan.settings().dropExisting()) {
                    for (String s : column(c, "SHOW SCHEMAS IN " + Dialect.DATABRICKS.quote(plan.catalog()), 0)) schemas.add(catalog + "." + s);
                }
            }
        }
    }


    private static List<String> column(Connection c, String sql, int index) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(index + 1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Row counts of the created tables, {@value #COUNTS_PER_QUERY} to a query, the queries run side
     * by side on up to {@code max_workers} connections, each connection taking every n-th query: one
     * query after another kept the end of a run waiting on a chain of small count jobs (43 s of 215
     * for nine industries on the local warehouse), and a connection per query would open a session
     * for each.
     */
    private Map<ObjectName, Long> countRows(Plan plan, PlanExecutor.Outcome outcome) throws SQLException {
        List<ObjectName> tables = new ArrayList<>();
        for (Step s : outcome.succeeded()) {
            if (s.createdTable() != null && s.createdTable().catalog().equals(plan.catalog())) tables.add(s.createdTable());
        }
        List<List<ObjectName>> batches = new ArrayList<>();
        for (int i = 0; i < tables.size(); i += COUNTS_PER_QUERY) batches.add(tables.subList(i, Math.min(tables.size(), i + COUNTS_PER_QUERY)));
        Map<ObjectName, Long> counts = new ConcurrentHashMap<>();
        if (batches.isEmpty()) return counts;
        int lanes = Math.min(batches.size(), plan.settings().maxWorkers());
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                List<List<ObjectName>> mine = new ArrayList<>();
                for (int b = lane; b < batches.size(); b += lanes) mine.add(batches.get(b));
                running.add(pool.submit(() -> {
                    try (Connection c = workspace.connect()) {
                        for (List<ObjectName> batch : mine) count(c, batch, counts);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SQLException sql) throw sql;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while counting rows", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return counts;
    }

    private static void count(Connection c, List<ObjectName> batch, Map<ObjectName, Long> counts) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) parts.add("SELECT " + k + " AS k, count(*) AS n FROM " + Dialect.DATABRICKS.qualified(batch.get(k)));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(String.join("\nUNION ALL\n", parts))) {
            while (rs.next()) counts.put(batch.get(rs.getInt(1)), rs.getLong(2));
        }
    }

    /** {@code DROP CATALOG ... CASCADE} for each catalog that exists; returns the ones dropped. */
    @Override
    public List<String> cleanup(List<String> catalogs) {
        List<String> dropped = new ArrayList<>();
        try (Connection c = workspace.connect()) {
            Set<String> present = new HashSet<>(column(c, "SHOW CATALOGS", 0));
            for (String name : catalogs) {
                if (!present.contains(name.toLowerCase(Locale.ROOT))) continue;
                try (Statement s = c.createStatement()) {
                    s.execute("DROP CATALOG IF EXISTS " + Dialect.DATABRICKS.quote(name) + " CASCADE");
                }
                dropped.add("catalog " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cleanup failed: " + workspace.redact(e.getMessage()), e);
        }
        return dropped;
    }

    @Override
    public QueryResult query(String catalog, String sql) throws SQLException {
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            if (catalog != null) s.execute("USE CATALOG " + Dialect.DATABRICKS.quote(catalog));
            try (Statement q = c.createStatement()) {
                boolean rows = q.execute(sql);
                return rows ? QueryResult.of(q.getResultSet()) : new QueryResult(List.of(), List.of(), q.getUpdateCount());
            }
        } catch (SQLException e) {
            throw new SQLException(workspace.redact(e.getMessage()), e.getSQLState(), e.getErrorCode());
        }
    }

    @Override
    public String toString() {
        return "DatabricksEngine[" + workspace + "]";
    }
}
