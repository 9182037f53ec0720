package clxs.sql;

import clxs.plan.ObjectName;
import java.nio.file.Path;

/**
 * Where an engine that keeps its catalogs in local files puts them: a catalog's database file,
 * a volume's folder and the files a run writes (the clone template). Statements that read or
 * write files are rendered against it, so the same plan prints relative paths in {@code clxs sql}
 * and runs against the real directory in {@code LocalEngine}.
 */
public interface FileLayout {

    /** The database file of {@code catalog}. */
    Path catalogFile(String catalog);

    /** The folder of a volume ({@code catalog.schema.volume}). */
    Path volumeDir(ObjectName volume);

    /** A file the run writes, {@code relative} to the target's file area (e.g. {@code config/demo_clone_x.json}). */
    Path file(String relative);

    /**
     * The layout of the design: {@code <dir>/<catalog>.duckdb}, volumes in
     * {@code <dir>/volumes/<catalog>/<schema>/<volume>/}, run files under {@code <dir>}.
     */
    static FileLayout under(Path dir) {
        return new FileLayout() {
            @Override public Path catalogFile(String catalog) { return dir.resolve(catalog + ".duckdb"); }

            @Override public Path volumeDir(ObjectName v) { return dir.resolve("volumes").resolve(v.catalog()).resolve(v.schema()).resolve(v.name()); }

            @Override public Path file(String relative) { return dir.resolve(relative); }
        };
    }

    /**
     * The default: the local engine keeps everything under {@code clxs-data}; with a remote
     * engine only run files are local, under the working directory.
     */
    static FileLayout defaultFor(Dialect dialect) {
        return under(Path.of(dialect.supports(clxs.plan.Capability.CATALOGS) ? "." : "clxs-data"));
    }
}
