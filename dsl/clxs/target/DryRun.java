package clxs.target;

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

/** Prints the plan as SQL for a dialect and executes nothing; the result lists what would be created. */
public final class DryRun implements Target {

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
        return ResultAssembler.assemble(plan, RunResult.Status.DRY_RUN, name(), dialect.name(), null, started, would,
                t -> plan.steps(Step.InsertRows.class).stream().filter(i -> i.table().equals(t.table())).mapToLong(Step::rows).sum(),
                skipped, List.of(), java.util.Map.of());
    }
}
