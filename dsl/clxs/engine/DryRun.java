package clxs.engine;

import clxs.result.RunResult;

import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.sql.Dialect;
import clxs.sql.Rendering;
import clxs.sql.SqlScript;
import clxs.sql.StepRenderer;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints the plan as SQL for a dialect and executes nothing; the result lists what would be created. */
public final class DryRun implements Engine {

    private final Dialect dialect;
    private final PrintWriter out;

    /** @param out where the script goes, or null to only compute the result */
    public DryRun(Dialect dialect, PrintWriter out) {
        this.dialect = dialect;
        this.out = out;
    }

    @Override
    public String name() {
        return "dry-run";
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public RunResult execute(Plan plan) {
        Instant started = Instant.now();
        if (out != null) {
            out.print(SqlScript.render(plan, dialect));
            out.flush();
        }
        StepRenderer renderer = new StepRenderer(dialect);
        List<Step> would = new ArrayList<>();
        List<RunResult.Skipped> skipped = new ArrayList<>();
        plan.skips().forEach(s -> skipped.add(new RunResult.Skipped(s.what(), s.reason())));
        for (Step s : plan.steps()) {
            Rendering r = renderer.render(s);
            if (r.isSkipped()) skipped.add(new RunResult.Skipped(s.label(), r.skipReason()));
            else {
                would.add(s);
                r.notes().forEach(n -> skipped.add(new RunResult.Skipped(s.label(), n)));
            }
        }
        PlanExecutor.Outcome outcome = new PlanExecutor.Outcome(would, skipped, List.of(), false, Map.of(), List.of());
        // rows the plan would write: inserts into the table (tables made from queries are not estimated)
        return ResultAssembler.assemble(plan, RunResult.Status.DRY_RUN, new ResultAssembler.Where(name(), dialect.name(), null, null, "dry run (" + dialect.name() + ")"), started, outcome,
                t -> plan.steps(Step.InsertRows.class).stream().filter(i -> i.table().equals(t)).mapToLong(Step::rows).sum());
    }

    /** Prints the statements that would remove the catalogs, and removes nothing. */
    @Override
    public List<String> cleanup(List<String> catalogs) {
        List<String> would = new ArrayList<>();
        StepRenderer renderer = new StepRenderer(dialect);
        for (String c : catalogs) {
            Rendering r = renderer.render(new clxs.plan.Step.DropCatalog(c));
            would.addAll(r.statements().isEmpty() ? List.of("-- remove the local catalog " + c + " (its file, volumes and clone template)") : r.statements());
        }
        if (out != null) {
            would.forEach(s -> out.println(s.startsWith("--") ? s : s + ";"));
            out.flush();
        }
        return List.of();
    }
}
