package clxs.sql;

import java.nio.file.Path;

/**
 * A file-system action a rendered step needs besides its SQL, done by the machine running clxs
 * before the step's statements: a folder DuckDB will write into (it does not create parents), a
 * stale file to remove, a file to write.
 */
public sealed interface FileAction {

    /** One line for scripts and logs. */
    String describe();

    record MakeDirectory(Path dir) implements FileAction {
        public String describe() { return "mkdir -p " + dir; }
    }

    record DeleteFile(Path file) implements FileAction {
        public String describe() { return "rm -f " + file; }
    }

    record WriteText(Path file, String content) implements FileAction {
        public String describe() { return "write " + file + " (" + content.length() + " characters)"; }
    }
}
