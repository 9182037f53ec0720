package clxs.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a JVM of its own, with the environment a test gives it (the Databricks SDK reads
 * {@code DATABRICKS_*} variables and {@code $HOME/.databrickscfg}, which an in-process run cannot
 * isolate). Output is captured whole.
 */
public final class CliProcess {

    private CliProcess() {}

    /** When a test is ready to interrupt the CLI; asked every 100 ms. */
    @FunctionalInterface
    public interface Ready {
        boolean now() throws IOException, InterruptedException;
    }

    /** @param env the whole environment besides PATH and JAVA_HOME (nothing else leaks in) */
    public static CliRun run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(env, null, args);
    }

    /**
     * Runs the CLI and, once {@code ready} answers true, presses Ctrl-C: sends it SIGINT, as a terminal
     * does. Fails if the process ends before it is ready.
     */
    public static CliRun interruptWhen(Map<String, String> env, Ready ready, String... args) throws IOException, InterruptedException {
        return run(env, ready, args);
    }

    private static CliRun run(Map<String, String> env, Ready interruptWhen, String... args) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("clxs-cli");
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "clxs.cli.Cli"));
        command.addAll(List.of(args));
        // the working directory is the temporary one, so files a run writes there (config/) stay out of the repo
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        Map<String, String> e = pb.environment();
        String path = e.get("PATH");
        e.clear();
        if (path != null) e.put("PATH", path);
        e.put("HOME", tmp.resolve("home").toString());
        e.putAll(env);
        pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        Process p = pb.start();
        if (interruptWhen != null) {
            try {
                while (!interruptWhen.now()) {
                    if (!p.isAlive()) throw new AssertionError("clxs ended before the test could interrupt it:\n" + Files.readString(tmp.resolve("err")));
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException | RuntimeException | AssertionError x) {
                p.destroyForcibly();
                throw x;
            }
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
        }
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("clxs did not finish: " + command);
        }
        return new CliRun(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8), Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }
}
