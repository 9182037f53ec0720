package clxs.sql;

import java.util.List;

/**
 * A step rendered for one dialect: the statements to run in order, or why the step is skipped;
 * {@code notes} list parts of a step the dialect runs only in part (reported as skipped too);
 * {@code files} are file-system actions done before the statements; {@code doneBy} says where a
 * step with nothing to run was already taken care of (a CHECK declared in CREATE TABLE).
 */
public record Rendering(List<String> statements, String skipReason, List<String> notes, List<FileAction> files, String doneBy) {

    public Rendering {
        statements = List.copyOf(statements);
        notes = List.copyOf(notes);
        files = List.copyOf(files);
    }

    public static Rendering of(List<String> statements, List<String> notes) {
        return new Rendering(statements, null, notes, List.of(), null);
    }

    public static Rendering of(List<String> statements, List<String> notes, List<FileAction> files) {
        return new Rendering(statements, null, notes, files, null);
    }

    public static Rendering skipped(String reason) {
        return new Rendering(List.of(), reason, List.of(), List.of(), null);
    }

    /** Nothing to run: {@code where} already did it. */
    public static Rendering doneBy(String where) {
        return new Rendering(List.of(), null, List.of(), List.of(), where);
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
