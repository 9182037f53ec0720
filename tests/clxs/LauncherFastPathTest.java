package clxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.Launcher;
import clxs.support.UsesJBangCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's cached launch of a local {@code *.java} script: the second launch execs the java
 * command JBang printed the first time, without starting JBang, until something it came from
 * changes. Each test has its own JBang cache and a JBang install made of links to the real one, so
 * a test can break JBang (remove picocli, which its Main needs) and show that a launch did not run it.
 * A small script with a local source in {@code //DEPS}, as clxs.java has, keeps the builds short.
 */
@UsesJBangCache
class LauncherFastPathTest {

    /** Arguments the shell between JBang and the program could mangle. */
    private static final List<String> TRICKY = List.of("", "a b", "q'q", "$HOME", "\"dq\"", "*", "x\\y", "two\nlines", "");

    @TempDir
    Path tmp;

    private Path script;
    private Path greeting;
    private Path lib;
    private Map<String, String> env;

    private static Path realLib;

    @BeforeAll
    static void install(@TempDir Path scratch) throws Exception {
        // the real install, made on first use like every launcher test
        Launcher.Result installed = new Launcher(scratch).run("--version");
        assertEquals(0, installed.exit(), installed.toString());
        String bootDir = System.getenv("JBANG_BOOTSTRAP_DIR");
        String jbDir = System.getenv().getOrDefault("JBANG_DIR", Paths.get(System.getProperty("user.home"), ".jbang").toString());
        realLib = Paths.get(bootDir != null ? bootDir : jbDir + "/bootstrap", version(), "lib");
    }

    @BeforeEach
    void setUp() throws Exception {
        String version = version();
        lib = Files.createDirectories(tmp.resolve("boot").resolve(version).resolve("lib"));
        try (Stream<Path> jars = Files.list(realLib)) {
            for (Path jar : jars.toList()) Files.createSymbolicLink(lib.resolve(jar.getFileName()), jar);
        }
        Path dir = Files.createDirectories(tmp.resolve("app"));
        greeting = Files.createDirectories(dir.resolve("lib")).resolve("Greeting.java");
        Files.writeString(greeting, greeting("hello"));
        script = dir.resolve("Hello.java");
        Files.writeString(script, """
                ///usr/bin/env jbang "$0" "$@" ; exit $?
                //DEPS lib/Greeting.java
                public class Hello {
                    public static void main(String... args) throws Exception {
                        for (String a : args) System.out.println("[" + a + "]");
                        System.out.println(Greeting.word() + " notty=" + System.getenv("JBANG_STDIN_NOTTY"));
                        if (args.length > 0 && args[0].equals("stdin")) System.out.println("stdin=" + new String(System.in.readAllBytes()).trim());
                        if (args.length > 0 && args[0].startsWith("exit=")) System.exit(Integer.parseInt(args[0].substring(5)));
                    }
                }
                """);
        env = new HashMap<>(Map.of("JBANG_DIR", tmp.resolve("jbang-dir").toString(), "JBANG_CACHE_DIR", tmp.resolve("cache").toString(),
                "JBANG_BOOTSTRAP_DIR", tmp.resolve("boot").toString()));
    }

    /** A method, not a constant: javac would copy a constant into Hello, which JBang does not rebuild. */
    private static String greeting(String word) {
        return "public class Greeting { public static String word() { return \"" + word + "\"; } }\n";
    }

    private Launcher.Result hello(String... args) throws Exception {
        return hello(env, null, args);
    }

    private Launcher.Result hello(Map<String, String> env, String stdin, String... args) throws Exception {
        String[] all = Stream.concat(Stream.of(script.toString()), Stream.of(args)).toArray(String[]::new);
        return new Launcher(tmp).run(env, stdin, all);
    }

    private static String expected(List<String> args, String word) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) sb.append('[').append(a).append("]\n");
        return sb.append(word).append(" notty=true\n").toString();
    }

    private List<Path> entries() throws IOException {
        Path dir = tmp.resolve("cache").resolve("bootstrap-launch");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** JBang's Main needs picocli: without it any launch that runs JBang fails. */
    private void breakJBang() throws Exception {
        Files.delete(lib.resolve("picocli-4.7.7.jar"));
        Launcher.Result r = new Launcher(tmp).run(env, null, "--version");
        assertNotEquals(0, r.exit(), "JBang still runs: " + r);
    }

    @Test
    void theSecondLaunchExecsTheCachedCommandWithArgumentsStdinAndExitCodeIntact() throws Exception {
        Launcher.Result first = hello(TRICKY.toArray(String[]::new));
        assertEquals(0, first.exit(), first.toString());
        assertEquals(expected(TRICKY, "hello"), first.out());
        assertEquals(1, entries().size(), "one cached command");
        Launcher.Result exit = hello("exit=3");
        assertEquals(3, exit.exit(), exit.toString());

        breakJBang();
        Launcher.Result second = hello(TRICKY.toArray(String[]::new));
        assertEquals(0, second.exit(), second.toString());
        assertEquals(expected(TRICKY, "hello"), second.out());
        assertEquals("", second.err());
        Launcher.Result exit7 = hello("exit=7");
        assertEquals(7, exit7.exit(), exit7.toString());
        // `jbang run <script>`, which the command `jbang app install` writes runs, shares the entry
        Launcher.Result run = new Launcher(tmp).run(env, null, "run", script.toString(), "r", "");
        assertEquals(expected(List.of("r", ""), "hello"), run.out(), run.toString());
        Launcher.Result piped = hello(env, "from stdin\n", "stdin");
        assertEquals(expected(List.of("stdin"), "hello") + "stdin=from stdin\n", piped.out(), piped.toString());

        // an environment JBang reads is part of the entry: another value goes through (the broken) JBang
        Map<String, String> other = new HashMap<>(env);
        other.put("JBANG_DEFAULT_JAVA_VERSION", "17");
        assertNotEquals(0, hello(other, null).exit());
        // and so is the switch that turns the cache off
        other = new HashMap<>(env);
        other.put("JBANG_BOOTSTRAP_FAST", "0");
        assertNotEquals(0, hello(other, null).exit());
    }

    @Test
    void editingTheScriptOrALocalSourceRunsTheNewCode() throws Exception {
        assertEquals(expected(List.of(), "hello"), hello().out());
        Files.writeString(greeting, greeting("howdy"));
        Launcher.Result edited = hello();
        assertEquals(expected(List.of(), "howdy"), edited.out(), edited.toString());
        Files.writeString(script, Files.readString(script).replace("System.out.println(Greeting.word()", "System.out.println(\"edited \" + Greeting.word()"));
        Launcher.Result script = hello();
        assertEquals("edited " + expected(List.of(), "howdy"), script.out(), script.toString());
        // and the new command is cached in turn
        breakJBang();
        assertEquals("edited " + expected(List.of(), "howdy"), hello().out());
    }

    @Test
    void aMissingClasspathJarGoesThroughJBangWhichRebuildsIt() throws Exception {
        assertEquals(expected(List.of(), "hello"), hello().out());
        Path jars = tmp.resolve("cache").resolve("jars");
        Path built;
        try (Stream<Path> dirs = Files.list(jars)) {
            built = dirs.filter(d -> d.getFileName().toString().startsWith("Greeting.java.")).findFirst().orElseThrow().resolve("Greeting.jar");
        }
        Files.delete(built);
        Launcher.Result again = hello("x");
        assertEquals(0, again.exit(), again.toString());
        assertEquals(expected(List.of("x"), "hello"), again.out());
        assertTrue(Files.exists(built), "JBang built it again");
    }

    @Test
    void twoFirstLaunchesAtOnceBothRunAndLeaveAValidEntry() throws Exception {
        CompletableFuture<Launcher.Result> a = CompletableFuture.supplyAsync(() -> unchecked("a"));
        CompletableFuture<Launcher.Result> b = CompletableFuture.supplyAsync(() -> unchecked("b"));
        assertEquals(expected(List.of("a"), "hello"), a.get().out(), a.get().toString());
        assertEquals(expected(List.of("b"), "hello"), b.get().out(), b.get().toString());
        assertEquals(1, entries().size());
        breakJBang();
        assertEquals(expected(List.of("c"), "hello"), hello("c").out());
    }

    @Test
    void cacheClearRemovesTheEntries() throws Exception {
        hello();
        assertEquals(1, entries().size());
        Launcher.Result clear = new Launcher(tmp).run(env, null, "cache", "clear");
        assertEquals(0, clear.exit(), clear.toString());
        assertEquals(List.of(), entries());
    }

    private Launcher.Result unchecked(String arg) {
        try {
            return hello(arg);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JBang version the launcher installs. */
    private static String version() throws IOException {
        var m = Pattern.compile("jbVersion=\\$\\{JBANG_BOOTSTRAP_VERSION:-([^}]+)}").matcher(Files.readString(Launcher.SCRIPT));
        assertTrue(m.find());
        return m.group(1);
    }
}
