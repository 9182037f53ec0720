package clxs.sql;

import java.util.List;

/**
 * A step rendered for one dialect: the statements to run in order, or why the step is skipped;
 * {@code notes} list parts of a step the dialect runs only in part (reported as skipped too).
 */
public record Rendering(List<String> statements, String skipReason, List<String> notes) {

    public Rendering {
        statements = List.copyOf(statements);
        notes = List.copyOf(notes);
    }

    public static Rendering of(List<String> statements, List<String> notes) {
        return new Rendering(statements, null, notes);
    }

    public static Rendering skipped(String reason) {
        return new Rendering(List.of(), reason, List.of());
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
