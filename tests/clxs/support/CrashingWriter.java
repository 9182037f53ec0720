package clxs.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another program writing to a DuckDB file and dying before it checkpoints: its JVM is killed
 * (SIGKILL) after the write, so the file is left with a pending {@code .wal} beside it, as a
 * crashed DuckDB client leaves it. {@link #leaveWalBehind} runs it and kills it.
 */
public final class CrashingWriter {

    private CrashingWriter() {}

    /** In the child JVM: {@code <database file> <ready marker>}; writes a table, says so, and waits to be killed. */
    public static void main(String[] args) throws SQLException, IOException, InterruptedException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]); Statement s = c.createStatement()) {
            s.execute("SET checkpoint_threshold = '10GB'");
            s.execute("CREATE OR REPLACE TABLE main.written_before_the_crash AS SELECT range AS id FROM range(1000)");
            Files.writeString(Paths.get(args[1]), "written\n");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Writes to {@code file} in a JVM that is then killed; returns once the pending WAL is there. */
    public static void leaveWalBehind(Path file) throws IOException, InterruptedException {
        Path ready = file.resolveSibling(file.getFileName() + ".writer-ready");
        // the killed JVM cannot delete a native library DuckDB's driver unpacked (where ChildClasspath cannot spare it): a directory deleted below
        Path tmp = CliProcess.scratch("writer");
        Process p = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp, "-cp",
                ChildClasspath.get(), CrashingWriter.class.getName(), file.toString(), ready.toString())).inheritIO().start();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(ready)) {
            if (!p.isAlive()) throw new AssertionError("the writer ended before it wrote");
            if (System.nanoTime() > end) {
                p.destroyForcibly();
                throw new AssertionError("the writer did not write within 3 minutes");
            }
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor();
        CliProcess.deleteTree(tmp);
        Files.delete(ready);
        Path wal = file.resolveSibling(file.getFileName() + ".wal");
        if (!Files.exists(wal) || Files.size(wal) == 0) throw new AssertionError("the killed writer left no WAL beside " + file);
    }
}
