package clxs.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CLI in a JVM of its own, with the environment a test gives it (the Databricks SDK reads
 * {@code DATABRICKS_*} variables and {@code $HOME/.databrickscfg}, which an in-process run cannot
 * isolate). Output is captured whole; the scratch folder of each run (its working directory, its
 * HOME, the captured output) is under {@code target/} and removed when the run has been read.
 *
 * <p>Signals: a test that presses Ctrl-C must not depend on the disposition of SIGINT it inherited
 * ({@code nohup mvn test &} starts with SIGINT ignored, and a JVM started with it ignored never
 * installs its handler). Such runs start through {@code python3}, which restores SIGINT's default
 * before it becomes the JVM ({@code exec}, same pid), so the signal reaches the JVM's handler.
 */
public final class CliProcess {

    /** Where every run's scratch folder goes: inside the build's output, never in /tmp. */
    static final Path SCRATCH = Paths.get("target", "cli-runs").toAbsolutePath();
    /** The longest a run may take before the test fails it (nothing a test runs comes near). */
    static final Duration LIMIT = Duration.ofMinutes(5);
    /** The system's Python (a version manager's shim is a shell script that takes seconds to start under load). */
    static final String PYTHON = Files.isExecutable(Paths.get("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    /** Restores SIGINT's default disposition, then becomes the command (same pid). */
    static final String RESTORE_SIGINT = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])";
    /**
     * Runs the command on a new pseudo-terminal (its standard input, output and error), with SIGINT's
     * default restored; copies what it writes to the file {@code argv[2]}, writes its pid to
     * {@code argv[1]}, and exits with its status (128 + the signal when a signal ended it).
     */
    static final String IN_TERMINAL = """
            import os, pty, signal, sys
            pidfile, outfile, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
            pid, fd = pty.fork()
            if pid == 0:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                os.execvp(cmd[0], cmd)
            with open(pidfile + '.tmp', 'w') as f:
                f.write(str(pid))
            os.rename(pidfile + '.tmp', pidfile)
            with open(outfile, 'ab', buffering=0) as out:
                while True:
                    try:
                        data = os.read(fd, 65536)
                    except OSError:
                        break
                    if not data:
                        break
                    out.write(data)
            _, status = os.waitpid(pid, 0)
            sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
            """;

    private CliProcess() {}

    /** When a test is ready to act on the CLI; asked every 50 ms. */
    @FunctionalInterface
    public interface Ready {
        boolean now() throws IOException, InterruptedException;
    }

    /** @param env the whole environment besides PATH and JAVA_HOME (nothing else leaks in) */
    public static CliRun run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return start(Mode.PLAIN, env, List.of(), args).finish();
    }

    /**
     * Runs the CLI and, once {@code ready} answers true, presses Ctrl-C: sends SIGINT to the JVM, as
     * a terminal does. Fails if the process ends before it is ready, or is not ready within the limit.
     */
    public static CliRun interruptWhen(Map<String, String> env, Ready ready, String... args) throws IOException, InterruptedException {
        return interruptWhen(env, List.of(), ready, args);
    }

    /** As {@link #interruptWhen(Map, Ready, String...)}, with JVM options (a failpoint that holds the run, say). */
    public static CliRun interruptWhen(Map<String, String> env, List<String> jvmOptions, Ready ready, String... args) throws IOException, InterruptedException {
        try (Running r = start(env, jvmOptions, args)) {
            r.await(ready);
            r.signal("INT");
            return r.finish();
        }
    }

    /** Starts the CLI, able to receive SIGINT; the caller waits for it, signals or kills it, then {@link Running#finish()}es it. */
    public static Running start(Map<String, String> env, List<String> jvmOptions, String... args) throws IOException {
        return start(Mode.SIGNALABLE, env, List.of(jvmOptions.toArray(String[]::new)), args);
    }

    /**
     * Starts the CLI on a pseudo-terminal, as a user's shell runs it: standard input, output and
     * error are the terminal (so {@link CliRun#out()} holds both streams, as the user sees them).
     */
    public static Running startInTerminal(Map<String, String> env, List<String> jvmOptions, String... args) throws IOException {
        return start(Mode.TERMINAL, env, jvmOptions, args);
    }

    private enum Mode { PLAIN, SIGNALABLE, TERMINAL }

    private static Running start(Mode mode, Map<String, String> env, List<String> jvmOptions, String... args) throws IOException {
        Path tmp = scratch("run");
        List<String> command = new ArrayList<>(switch (mode) {
            case PLAIN -> List.<String>of();
            case SIGNALABLE -> List.of(PYTHON, "-c", RESTORE_SIGINT);
            case TERMINAL -> List.of(PYTHON, "-c", IN_TERMINAL, tmp.resolve("pid").toString(), tmp.resolve("terminal").toString());
        });
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        // a CLI run is short and its heavy work is DuckDB's native code: start the JVM the quick way (as the jbang launcher does)
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        // where ChildClasspath cannot give DuckDB's library beside its jar, the driver unpacks it (69 MB) into
        // java.io.tmpdir and deletes it on exit: a killed JVM never exits, so that goes in the scratch directory, which finish() deletes
        command.add("-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("tmp")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ChildClasspath.get(), "clxs.cli.Cli"));
        command.addAll(List.of(args));
        // the working directory is the scratch one, so files a run writes there (config/) stay out of the repo
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        Map<String, String> e = pb.environment();
        String path = e.get("PATH");
        e.clear();
        if (path != null) e.put("PATH", path);
        e.put("HOME", tmp.resolve("home").toString());
        e.putAll(env);
        pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        return new Running(pb.start(), tmp, command, mode == Mode.TERMINAL);
    }

    /** A CLI process a test is driving; closing it kills what is still running (a test that failed half-way leaves nothing behind). */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final Path scratch;
        private final List<String> command;
        private final boolean terminal;

        Running(Process process, Path scratch, List<String> command, boolean terminal) {
            this.process = process;
            this.scratch = scratch;
            this.command = command;
            this.terminal = terminal;
        }

        /** The JVM's pid (on a terminal, the process the pseudo-terminal runs, once it started). */
        public long pid() throws IOException, InterruptedException {
            if (!terminal) return process.pid();
            Path pid = scratch.resolve("pid");
            await(() -> Files.exists(pid));
            return Long.parseLong(Files.readString(pid).strip());
        }

        /** What the CLI wrote so far: on a terminal, both streams as the user sees them; otherwise standard error. */
        public String outputSoFar() throws IOException {
            return read(terminal ? "terminal" : "err");
        }

        /** Waits (at most the limit) until {@code ready}; fails if the CLI ends first. */
        public void await(Ready ready) throws IOException, InterruptedException {
            long end = System.nanoTime() + LIMIT.toNanos();
            try {
                while (!ready.now()) {
                    if (!process.isAlive()) throw new AssertionError("clxs ended before the test could act on it:\n" + read("err") + read("out"));
                    if (System.nanoTime() > end) throw new AssertionError("clxs was not ready within " + LIMIT + ":\n" + read("err"));
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException | RuntimeException | AssertionError x) {
                process.destroyForcibly();
                throw x;
            }
        }

        /** Sends a signal ({@code INT}, {@code KILL}, ...) to the JVM. */
        public void signal(String name) throws IOException, InterruptedException {
            long target = pid();
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(target)).inheritIO().start();
            if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) throw new AssertionError("kill -" + name + " " + target + " failed");
        }

        /** Waits for the end (at most the limit), reads the output and removes the scratch folder. */
        public CliRun finish() throws IOException, InterruptedException {
            return finish(dir -> { });
        }

        /** What a test does with the run's folder (its working directory and HOME) before it is removed. */
        @FunctionalInterface
        public interface FolderCheck {
            void check(Path folder) throws IOException;
        }

        /** As {@link #finish()}, letting {@code check} look at every file the run wrote first. */
        public CliRun finish(FolderCheck check) throws IOException, InterruptedException {
            try {
                if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("clxs did not finish within " + LIMIT + ": " + command + "\n" + read("err"));
                }
                CliRun run = new CliRun(process.exitValue(), read(terminal ? "terminal" : "out"), read("err"));
                check.check(scratch);
                return run;
            } finally {
                deleteTree(scratch);
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(1, TimeUnit.MINUTES);
            }
            deleteTree(scratch);
        }

        private String read(String name) throws IOException {
            Path f = scratch.resolve(name);
            return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        }
    }

    /** A new directory under {@link #SCRATCH} for one child JVM's files; the caller deletes it ({@link #deleteTree}). */
    static Path scratch(String prefix) throws IOException {
        Files.createDirectories(SCRATCH);
        return Files.createTempDirectory(SCRATCH, prefix);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
