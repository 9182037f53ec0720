package clxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.Launcher;
import clxs.support.UsesJBangCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run of {@code ./jbang} on a new machine (issue 18, item 7): it says what it is doing
 * (installing JBang, with download progress, then what comes next and how long it takes) and, while
 * JBang resolves and compiles in silence, that it is still at work.
 */
@UsesJBangCache
class LauncherFirstRunTest {

    @TempDir
    Path tmp;

    /**
     * A fresh install into a scratch directory, from a scratch Maven repository whose "remote" is
     * this machine's own repository (a file:// mirror), so every file is really downloaded and
     * counted without depending on the network's speed.
     */
    @Test
    void theInstallSaysWhatItDoesCountsItsDownloadsAndWhatComesNext() throws Exception {
        Path localRepo = Paths.get(System.getProperty("user.home"), ".m2", "repository");
        Path settings = Files.writeString(tmp.resolve("settings.xml"), """
                <settings><mirrors><mirror><id>machine</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors></settings>
                """.formatted(localRepo.toUri()));
        Path boot = tmp.resolve("boot");
        Path err = tmp.resolve("err.txt");
        Process p = launcher(List.of("--version"), err, "JBANG_BOOTSTRAP_DIR=" + boot,
                "JBANG_MVN_ARGS=-s " + settings + " -Dmaven.repo.local=" + tmp.resolve("repo"));
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the install finishes");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertTrue(stderr.startsWith("[jbang] First run: installing JBang "), stderr);
        assertTrue(stderr.contains("(once; about half a minute)"), stderr);
        // without a terminal, one progress line at the end of the download
        assertTrue(Pattern.compile("(?m)^\\[jbang]   downloaded \\d{2,} files, \\d+\\.\\d MB$").matcher(stderr).find(), stderr);
        assertTrue(Pattern.compile("(?m)^\\[jbang] JBang is installed \\(\\d+ s\\)\\. The first run of a script also downloads its libraries "
                + "and compiles it").matcher(stderr).find(), stderr);
        assertTrue(Files.exists(boot.resolve(version()).resolve("lib")), "installed");
    }

    /**
     * A stand-in for JBang that resolves "slowly": it waits until the test has seen the launcher's
     * still-at-work line (every second here, JBANG_BOOTSTRAP_TICK), so nothing depends on timing.
     */
    @Test
    void aLongResolveOrBuildSaysItIsStillAtWork() throws Exception {
        Path boot = tmp.resolve("boot");
        String fakeVersion = "0.0.1-fake";
        fakeJBang(boot.resolve(fakeVersion).resolve("lib").resolve("jbang-cli-" + fakeVersion + ".jar"));
        Path go = tmp.resolve("go");
        Path err = tmp.resolve("err.txt");
        Process p = launcher(List.of(go.toString()), err, "JBANG_BOOTSTRAP_DIR=" + boot, "JBANG_BOOTSTRAP_VERSION=" + fakeVersion,
                "JBANG_BOOTSTRAP_TICK=1");
        String stderr = "";
        for (int i = 0; i < 1200 && !stderr.contains("[jbang] still resolving libraries and compiling"); i++) {
            assertTrue(p.isAlive(), "the launcher ended before its still-at-work line:\n" + stderr);
            Thread.sleep(100);
            stderr = Files.readString(err, StandardCharsets.UTF_8);
        }
        assertTrue(stderr.contains("[jbang] still resolving libraries and compiling (1 s; the first build of clxs takes a minute or two) ..."), stderr);
        Files.writeString(go, "go");
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher ends when JBang does");
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertTrue(Files.readString(tmp.resolve("out.txt")).contains("resolved"), "JBang's answer still reaches the launcher");
    }

    private Process launcher(List<String> args, Path err, String... env) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Launcher.SCRIPT.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(Launcher.ROOT.toFile());
        for (String e : env) pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        pb.environment().put("JBANG_DIR", tmp.resolve("jbang-dir").toString());
        pb.redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile());
        return pb.start();
    }

    /** The JBang version the launcher installs. */
    private static String version() throws IOException {
        var m = Pattern.compile("jbVersion=\\$\\{JBANG_BOOTSTRAP_VERSION:-([^}]+)}").matcher(Files.readString(Launcher.SCRIPT));
        assertTrue(m.find());
        return m.group(1);
    }

    /** A jar with a {@code dev.jbang.Main} that waits for the file named by its argument, then prints "resolved". */
    private void fakeJBang(Path jar) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("fake-src/dev/jbang")).resolve("Main.java");
        Files.writeString(src, """
                package dev.jbang;
                public class Main {
                    public static void main(String[] args) throws Exception {
                        java.nio.file.Path go = java.nio.file.Path.of(args[0]);
                        for (int i = 0; i < 1200 && !java.nio.file.Files.exists(go); i++) Thread.sleep(100);
                        System.out.println("resolved");
                    }
                }
                """);
        Path classes = Files.createDirectories(tmp.resolve("fake-classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()));
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("dev/jbang/Main.class"));
            out.write(Files.readAllBytes(classes.resolve("dev/jbang/Main.class")));
            out.closeEntry();
        }
    }
}
