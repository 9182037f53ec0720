package clxs.engine;

import clxs.sql.FileAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Carries out the {@link FileAction}s of rendered steps on this machine. */
final class FileActions {

    private FileActions() {}

    static void perform(FileAction action) throws IOException {
        if (action instanceof FileAction.MakeDirectory m) Files.createDirectories(m.dir());
        else if (action instanceof FileAction.DeleteFile f) Files.deleteIfExists(f.file());
        else if (action instanceof FileAction.WriteText w) write(w.file(), w.content());
        else throw new IllegalStateException("unknown file action " + action);
    }

    /** Writes beside the file and moves it into place, so a reader never sees half a file. */
    private static void write(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = dir.resolve("." + file.getFileName() + ".partial");
        Files.writeString(partial, content);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
