package clxs.sql;

import clxs.plan.Phase;
import clxs.plan.Plan;
import clxs.plan.Skip;
import clxs.plan.Step;

/** A whole plan as one SQL script for a dialect: what {@code clxs sql} and {@code --dry-run} print. */
public final class SqlScript {

    private SqlScript() {}

    public static String render(Plan plan, Dialect dialect) {
        StepRenderer renderer = new StepRenderer(dialect);
        StringBuilder out = new StringBuilder();
        out.append("-- clxs plan for catalog ").append(plan.catalog()).append(" (").append(dialect.name()).append(")\n");
        out.append("-- industries: ").append(String.join(", ", plan.industries()))
                .append("; scale ").append(plan.settings().scale()).append("; seed ").append(plan.seed())
                .append("; ").append(String.format("%,d", plan.rows())).append(" rows\n");
        for (Skip s : plan.skips()) out.append("-- skipped: ").append(s.what()).append(": ").append(s.reason()).append('\n');
        for (Phase phase : plan.phases()) {
            out.append("\n-- ==== phase ").append(phase.name()).append(": ").append(phase.description())
                    .append(" (").append(phase.steps().size()).append(phase.steps().size() == 1 ? " step" : " steps, may run in parallel").append(")\n");
            for (Step step : phase.steps()) {
                Rendering r = renderer.render(step);
                if (r.isSkipped()) {
                    out.append("-- skipped: ").append(step.label()).append(": ").append(r.skipReason()).append('\n');
                    continue;
                }
                for (String note : r.notes()) out.append("-- note: ").append(step.label()).append(": ").append(note).append('\n');
                for (FileAction f : r.files()) out.append("-- file: ").append(f.describe()).append('\n');
                for (String sql : r.statements()) out.append(sql).append(";\n");
                if (r.doneBy() != null) out.append("-- ").append(step.label()).append(": done by ").append(r.doneBy()).append('\n');
                else if (r.statements().isEmpty() && r.files().isEmpty()) out.append("-- ").append(step.label()).append(": provided by the target\n");
            }
        }
        return out.toString();
    }
}
