package clxs.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the clxs command line on a pseudo-terminal, as a user at a terminal meets it (so
 * {@code System.console()} exists and picocli sees a terminal), through util-linux {@code script}.
 * Standard input is typed into the terminal; the output is what the terminal showed, input echo included.
 */
public final class Pty {

    /** What the terminal showed and how the command ended. */
    public record Result(int exit, String screen) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- screen\n" + screen;
        }
    }

    private Pty() {}

    /** Whether {@code script} is there to make a terminal. */
    public static boolean available() {
        try {
            return new ProcessBuilder("script", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * @param dir     working directory (and scratch for the captured output)
     * @param columns width of the terminal
     * @param typed   what the user types, or "" for nothing
     */
    public static Result clxs(Path dir, int columns, String typed, String... args) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ChildClasspath.get(), "clxs.cli.Cli"));
        java.addAll(List.of(args));
        StringBuilder command = new StringBuilder("stty cols " + columns + " rows 50; exec");
        for (String a : java) command.append(' ').append(quote(a));
        Path in = Files.writeString(Files.createTempFile(dir, "typed", ".txt"), typed);
        Path out = Files.createTempFile(dir, "screen", ".txt");
        Process p = new ProcessBuilder("script", "-qec", command.toString(), "/dev/null").directory(dir.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("clxs on a terminal did not finish: " + String.join(" ", args) + "\n" + Files.readString(out));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
