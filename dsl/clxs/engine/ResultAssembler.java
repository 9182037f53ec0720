package clxs.engine;

import clxs.result.LayerSummaries;
import clxs.result.ReferentialIntegrity;
import clxs.result.RunResult;
import clxs.plan.ObjectName;
import clxs.plan.Plan;
import clxs.plan.SchemaNames;
import clxs.plan.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/** Builds a {@link RunResult} from a plan and what a target observed running it. */
public final class ResultAssembler {

    private final Plan plan;
    private final PlanExecutor.Outcome outcome;
    private final Set<Step> completed = Collections.newSetFromMap(new IdentityHashMap<>());

    private ResultAssembler(Plan plan, PlanExecutor.Outcome outcome) {
        this.plan = plan;
        this.outcome = outcome;
        completed.addAll(outcome.succeeded());
    }

    /**
     * Where the run went: engine name, dialect, location (a file or a workspace, or null) and the
     * clone's location; {@code description} is what progress shows ({@code "local DuckDB clxs-data/demo.duckdb"}).
     */
    public record Where(String target, String dialect, String location, String cloneLocation, String description) {}

    /** @param rowsOf rows of a created table, counted by the target */
    public static RunResult assemble(Plan plan, RunResult.Status status, Where where, Instant started, PlanExecutor.Outcome outcome,
                              ToLongFunction<ObjectName> rowsOf) {
        return new ResultAssembler(plan, outcome).build(status, where, started, rowsOf);
    }

    /** A run that failed before any step ran. */
    public static RunResult failedToStart(Plan plan, Where where, Instant started, String message) {
        PlanExecutor.Outcome nothing = new PlanExecutor.Outcome(List.of(), List.of(), List.of(new RunResult.StepError("run", message)), false,
                Map.of(), List.of());
        return assemble(plan, RunResult.Status.FAILED, where, started, nothing, t -> 0);
    }

    private RunResult build(RunResult.Status status, Where where, Instant started, ToLongFunction<ObjectName> rowsOf) {
        List<String> schemas = new ArrayList<>();
        List<RunResult.TableRows> tables = new ArrayList<>();
        List<String> views = new ArrayList<>();
        List<String> udfs = new ArrayList<>();
        long total = 0;
        // plan order, not completion order, so summaries are stable; the clone's objects are reported in its own block
        for (Step s : plan.steps()) {
            if (!completed.contains(s)) continue;
            if (s instanceof Step.CreateSchema cs && isMain(cs.schema())) schemas.add(cs.schema().schema());
            else if (s.createdTable() != null && isMain(s.createdTable())) {
                long rows = rowsOf.applyAsLong(s.createdTable());
                tables.add(new RunResult.TableRows(s.createdTable().schema(), s.createdTable().name(), rows));
                if (s instanceof Step.CreateTable) total += rows;
            } else if (s instanceof Step.CreateView v && isMain(v.view())) views.add(v.view().shortName());
            else if (s instanceof Step.CreateFunction f && isMain(f.function())) udfs.add(f.function().shortName());
        }
        double seconds = Math.round((System.currentTimeMillis() - started.toEpochMilli()) / 100.0) / 10.0;
        return new RunResult(status, plan.catalog(), where.target(), where.dialect(), where.location(), plan.industries(),
                plan.settings().scale(), plan.settings().dataModel().jsonName(), plan.settings().schemaOnly(), plan.seed(),
                started.toString(), seconds, schemas, tables, views, udfs, total, outcome.skipped(), outcome.errors(), outcome.warnings(),
                enrichments(), medallion(), starSchema(), clone(where), audit(plan, outcome.rows()), Measurements.of(plan, outcome.rows()), null);
    }

    private boolean isMain(ObjectName name) {
        return name.catalog().equals(plan.catalog());
    }

    private List<LayerSummaries.Enrichment> enrichments() {
        Map<String, List<String>> reasonsByLabel = new HashMap<>();
        for (RunResult.Skipped s : outcome.skipped()) reasonsByLabel.computeIfAbsent(s.step(), k -> new ArrayList<>()).add(s.reason());
        Set<String> failedLabels = new LinkedHashSet<>();
        outcome.warnings().forEach(w -> failedLabels.add(w.step()));
        outcome.errors().forEach(e -> failedLabels.add(e.step()));
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        for (Step s : plan.steps()) {
            String kind = s.enrichment();
            if (kind == null && s instanceof Step.CreateTable t && t.partitionBy() != null) kind = "partitioning";
            if (kind == null) continue;
            int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
            Set<String> why = reasons.computeIfAbsent(kind, k -> new LinkedHashSet<>());
            List<String> stepReasons = reasonsByLabel.getOrDefault(s.label(), List.of());
            if (kind.equals("partitioning")) stepReasons = stepReasons.stream().filter(r -> r.startsWith("not partitioned")).map(ResultAssembler::afterColon).toList();
            if (failedLabels.contains(s.label())) c[2]++;
            else if (completed.contains(s) && (kind.equals("version_history") || stepReasons.isEmpty())) c[0]++;
            else c[1]++;
            why.addAll(stepReasons);
        }
        List<LayerSummaries.Enrichment> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new LayerSummaries.Enrichment(k, c[0], c[1], c[2], List.copyOf(reasons.get(k)))));
        return out;
    }

    private static String afterColon(String reason) {
        int i = reason.indexOf(": ");
        return i < 0 ? reason : reason.substring(i + 2);
    }

    private LayerSummaries.Medallion medallion() {
        if (!plan.settings().medallion()) return null;
        List<String> schemas = new ArrayList<>();
        int bronze = 0;
        int silver = 0;
        int gold = 0;
        for (String i : plan.industries()) {
            for (String schema : List.of(SchemaNames.bronze(i), SchemaNames.silver(i), SchemaNames.gold(i))) {
                if (countIn(schema, Step.CreateSchema.class) > 0) schemas.add(schema);
            }
            bronze += countIn(SchemaNames.bronze(i), Step.CreateTableAs.class);
            silver += countIn(SchemaNames.silver(i), Step.CreateView.class);
            gold += countIn(SchemaNames.gold(i), Step.CreateView.class);
        }
        return new LayerSummaries.Medallion(schemas, bronze, silver, gold);
    }

    private LayerSummaries.StarSchema starSchema() {
        if (!plan.settings().starSchema()) return null;
        List<String> industries = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        List<LayerSummaries.StarIndustry> per = new ArrayList<>();
        int facts = 0;
        int dims = 0;
        for (String i : plan.industries()) {
            String schema = SchemaNames.star(i);
            if (!plannedSchema(schema)) continue;
            int f = countTables(schema, "fct_");
            int d = countTables(schema, "dim_");
            industries.add(i);
            if (countIn(schema, Step.CreateSchema.class) > 0) schemas.add(schema);
            per.add(new LayerSummaries.StarIndustry(i, schema, f, d, plan.settings().schemaOnly()));
            facts += f;
            dims += d;
        }
        return new LayerSummaries.StarSchema(industries, schemas, facts, dims, per);
    }

    private LayerSummaries.Clone clone(Where where) {
        String dest = plan.settings().destCatalog();
        if (dest == null) return null;
        int tables = 0;
        int views = 0;
        int functions = 0;
        for (Step s : plan.steps()) {
            if (!completed.contains(s)) continue;
            if (s instanceof Step.CloneTable) tables++;
            else if (s instanceof Step.CreateView v && v.view().catalog().equals(dest)) views++;
            else if (s instanceof Step.CreateFunction f && f.function().catalog().equals(dest)) functions++;
        }
        String method = where.dialect().equals("databricks") ? "deep_clone" : "copy";
        return new LayerSummaries.Clone(dest, method, tables, views, functions, where.cloneLocation());
    }

    /** Whether the plan creates {@code schema} in the generated catalog (whether or not it ran). */
    private boolean plannedSchema(String schema) {
        return plan.steps(Step.CreateSchema.class).stream().anyMatch(s -> isMain(s.schema()) && s.schema().schema().equals(schema));
    }

    private int countIn(String schema, Class<? extends Step> kind) {
        int n = 0;
        for (Step s : plan.steps()) {
            if (!kind.isInstance(s) || !completed.contains(s)) continue;
            ObjectName name = s instanceof Step.CreateSchema cs ? cs.schema() : s.object();
            if (name != null && isMain(name) && name.schema().equals(schema)) n++;
        }
        return n;
    }

    private int countTables(String schema, String prefix) {
        int n = 0;
        for (Step s : plan.steps()) {
            ObjectName t = s.createdTable();
            if (t != null && completed.contains(s) && isMain(t) && t.schema().equals(schema) && t.name().startsWith(prefix)) n++;
        }
        return n;
    }

    /** The audit block, from the rows the orphan checks returned (two values per key); null when no check ran. */
    static ReferentialIntegrity audit(Plan plan, Map<Step, List<Object>> rows) {
        List<ReferentialIntegrity.Detail> details = new ArrayList<>();
        for (Step.CheckForeignKeys c : plan.steps(Step.CheckForeignKeys.class)) {
            List<Object> row = rows.get(c);
            if (row == null || row.size() < 2 * c.keys().size()) continue;
            for (int i = 0; i < c.keys().size(); i++) {
                Step.CheckForeignKeys.KeyCheck k = c.keys().get(i);
                details.add(ReferentialIntegrity.Detail.of(c.industry(), k.fk().table(), k.fk().column(), k.fk().parentTable(), k.fk().parentColumn(),
                        ((Number) row.get(2 * i)).longValue(), ((Number) row.get(2 * i + 1)).longValue(), Measurements.hasRowFilter(plan, k.parent())));
            }
        }
        return details.isEmpty() ? null : ReferentialIntegrity.of(details);
    }
}
