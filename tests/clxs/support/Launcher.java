package clxs.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's {@code ./jbang} launcher for real, from the repository root (so the
 * catalog's aliases resolve), with extra environment and optional standard input. The first run
 * on a fresh machine installs JBang from Maven Central, so it can take a minute.
 */
public final class Launcher {

    public static final Path ROOT = Paths.get("").toAbsolutePath();
    public static final Path SCRIPT = ROOT.resolve("jbang");

    /** What a run printed and how it ended. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private final Path scratch;

    /** @param scratch a directory for the captured output */
    public Launcher(Path scratch) {
        this.scratch = scratch;
    }

    public Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), null, args);
    }

    /**
     * @param env   added to (or, with a null value, removed from) the environment
     * @param stdin text for standard input, or null for none
     */
    public Result run(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) pb.redirectInput(Files.writeString(Files.createTempFile(scratch, "in", ".txt"), stdin).toFile());
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not finish: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
