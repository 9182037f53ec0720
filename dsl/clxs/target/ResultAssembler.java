package clxs.target;

import clxs.plan.Plan;
import clxs.plan.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/** Builds a {@link RunResult} from a plan and the steps a target completed. */
final class ResultAssembler {

    private ResultAssembler() {}

    /**
     * @param done      steps that completed
     * @param rowsOf    rows of a created table (counted by the target)
     */
    static RunResult assemble(Plan plan, RunResult.Status status, String target, String dialect, String location, Instant started,
                              List<Step> done, ToLongFunction<Step.CreateTable> rowsOf, List<RunResult.Skipped> skipped,
                              List<RunResult.StepError> errors, Map<Step, List<Object>> queried) {
        List<String> schemas = new ArrayList<>();
        List<RunResult.TableRows> tables = new ArrayList<>();
        List<String> views = new ArrayList<>();
        List<String> udfs = new ArrayList<>();
        long total = 0;
        Set<Step> completed = Collections.newSetFromMap(new IdentityHashMap<>());
        completed.addAll(done);
        // plan order, not completion order, so summaries are stable
        for (Step s : plan.steps()) {
            if (!completed.contains(s)) continue;
            if (s instanceof Step.CreateSchema cs) schemas.add(cs.schema().schema());
            else if (s instanceof Step.CreateTable t) {
                long rows = rowsOf.applyAsLong(t);
                tables.add(new RunResult.TableRows(t.table().schema(), t.table().name(), rows));
                total += rows;
            } else if (s instanceof Step.CreateView v) views.add(v.view().shortName());
            else if (s instanceof Step.CreateFunction f) udfs.add(f.function().shortName());
        }
        double seconds = Math.round((System.currentTimeMillis() - started.toEpochMilli()) / 100.0) / 10.0;
        return new RunResult(status, plan.catalog(), target, dialect, location, plan.definition().industryNames(), plan.definition().scale(),
                plan.seed(), started.toString(), seconds, schemas, tables, views, udfs, total, skipped, errors, audit(plan, queried));
    }

    /** The audit block, from the rows the orphan checks returned; null when no check ran. */
    static ReferentialIntegrity audit(Plan plan, Map<Step, List<Object>> rows) {
        List<ReferentialIntegrity.Detail> details = new ArrayList<>();
        for (Step.CheckForeignKey c : plan.steps(Step.CheckForeignKey.class)) {
            List<Object> row = rows.get(c);
            if (row == null || row.size() < 2) continue;
            details.add(ReferentialIntegrity.Detail.of(c.industry(), c.fk().table(), c.fk().column(), c.fk().parentTable(), c.fk().parentColumn(),
                    ((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue()));
        }
        return details.isEmpty() ? null : ReferentialIntegrity.of(details);
    }
}
