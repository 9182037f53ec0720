package clxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.cli.Cli;
import clxs.support.CliRun;
import clxs.support.Launcher;
import clxs.support.UsesJBangCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code block of README.md, run as a reader would run it (issue 18, item 5), in README order:
 * shell lines through the repository's {@code ./jbang} launcher with {@code bash}, Java through
 * JShell (the JDK's {@code jshell}, on the library's class path), SQL through {@code clxs query},
 * the JSON config through {@code clxs sql --config}. Three changes keep it quick and tidy: every
 * command that generates rows runs at scale {@value #TINY} (the scale given is replaced, or added
 * to a recipe that has its own default), a real-time stream runs {@value #STREAM_SECONDS} seconds, and catalogs go to
 * a scratch {@code CLXS_HOME}. What cannot
 * run here is still checked: the Databricks commands are parsed by the command line (no workspace
 * is reachable), {@code mvn test} is this very run, and the architecture diagram names classes that
 * must exist. A new block of an unknown kind fails the test until it is given a runner.
 */
@UsesJBangCache
class ReadmeTest {

    static final String TINY = "0.0002";
    private static final Path README = Launcher.ROOT.resolve("README.md");
    /** Files the README's commands write into the working tree (git-ignored); a copy made before is put back after. */
    private static final List<String> WRITTEN = List.of("demo.sql", "my_retail.yaml", "rockets.yaml", "recipes/my_demo.java", "recipes/aerospace.java",
            "smart_meter.py", "smart_meter_stream_job.py");

    @TempDir
    static Path scratch;

    /** A fenced block: the heading above it, its first line in the file, its language tag and lines. */
    record Block(String heading, int line, String lang, List<String> lines) {
        String name() {
            return heading + " (README.md:" + line + (lang.isEmpty() ? "" : ", " + lang) + ")";
        }
    }

    static List<Block> blocks() throws IOException {
        List<Block> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(README);
        String heading = "top";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#")) heading = l.replaceFirst("^#+\\s*", "");
            if (!l.startsWith("```")) continue;
            String lang = l.substring(3).strip();
            List<String> body = new ArrayList<>();
            int start = i + 1;
            for (i = i + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) body.add(lines.get(i));
            out.add(new Block(heading, start + 1, lang, body));
        }
        return out;
    }

    @BeforeAll
    static void setAsideFilesTheReadmeWrites() throws IOException {
        for (String f : WRITTEN) {
            Path p = Launcher.ROOT.resolve(f);
            if (Files.exists(p)) Files.move(p, backup(f), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void removeThemAndPutBackWhatWasThere() throws IOException {
        for (String f : WRITTEN) {
            Path p = Launcher.ROOT.resolve(f);
            Files.deleteIfExists(p);
            if (Files.exists(backup(f))) Files.move(backup(f), p);
        }
    }

    private static Path backup(String f) throws IOException {
        return Files.createDirectories(scratch.resolve("backup")).resolve(f.replace('/', '_'));
    }

    @TestFactory
    List<DynamicTest> everyCodeBlockRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Block> blocks = blocks();
        assertTrue(blocks.size() >= 15, "blocks found: " + blocks.size());
        java.util.concurrent.atomic.AtomicInteger passed = new java.util.concurrent.atomic.AtomicInteger();
        for (Block b : blocks) tests.add(DynamicTest.dynamicTest(b.name(), () -> {
            run(b);
            passed.incrementAndGet();
        }));
        // a check whose line left the README would otherwise stop checking anything, silently (asked only when every block ran and passed)
        tests.add(DynamicTest.dynamicTest("every output check found its line", () -> {
            org.junit.jupiter.api.Assumptions.assumeTrue(passed.get() == blocks.size(), "not every block ran and passed");
            assertEquals(ReadmeChecks.CHECKS.keySet(), ReadmeChecks.CHECKED, "checks whose line ran");
        }));
        return tests;
    }

    private void run(Block b) throws Exception {
        switch (b.lang()) {
            case "bash" -> {
                boolean workspace = false;
                for (String line : joinContinuations(b.lines())) {
                    if (line.isBlank()) continue;
                    // after `export DATABRICKS_...` the block is about a workspace: its commands are parsed, not run
                    workspace |= line.strip().startsWith("export DATABRICKS_");
                    if (workspace) workspaceLine(line.strip());
                    else shell(b, line.strip());
                }
            }
            case "java" -> jshell(b, b.lines());
            case "sql" -> kimballQuery(String.join("\n", b.lines()));
            case "json" -> {
                if (b.lines().get(0).strip().startsWith("{")) config(String.join("\n", b.lines()));
                else jsonExcerpt(String.join("\n", b.lines()));
            }
            case "" -> plain(b);
            default -> throw new AssertionError("no runner for a " + b.lang() + " block: " + b.name());
        }
    }

    // ------------------------------------------------------------------ shell

    private static final Pattern SCALE = Pattern.compile("--scale \\S+");
    private static final Pattern DURATION = Pattern.compile("--total-duration-seconds \\d+");
    static final int STREAM_SECONDS = 10;
    private static final Pattern RECIPE = Pattern.compile("^\\./jbang (quick-demo|sales-demo|full-demo|star-schema|custom-industry)\\b.*");

    /**
     * The command a reader types, made tiny: the scale of anything that generates rows, or one added to a recipe with its own;
     * a stream that runs in real time for {@code --total-duration-seconds} runs {@value #STREAM_SECONDS} seconds.
     */
    static String tiny(String command) {
        String c = withoutComment(command);
        boolean generates = !c.contains(" preview ") && !c.contains(" sql ") && !c.contains("--schema-only");
        if (!generates) return c;
        c = SCALE.matcher(c).replaceAll("--scale " + TINY);
        // a stream in real time runs two of its ticks (the default interval is 5 s), not a minute of them
        c = DURATION.matcher(c).replaceAll("--total-duration-seconds " + STREAM_SECONDS);
        if (RECIPE.matcher(c).matches() && !c.contains("--scale")) c = c + " --scale " + TINY;
        return c;
    }

    /** The line without a trailing {@code # comment} outside quotes. */
    static String withoutComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\'' && !dbl) single = !single;
            else if (ch == '"' && !single) dbl = !dbl;
            else if (ch == '#' && !single && !dbl && (i == 0 || line.charAt(i - 1) == ' ')) return line.substring(0, i).strip();
        }
        return line.strip();
    }

    /** Lines as the shell reads them: a line ending with a backslash goes on on the next one. */
    static List<String> joinContinuations(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String l : lines) {
            String stripped = l.strip();
            if (stripped.endsWith("\\")) {
                pending.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            out.add(pending.append(stripped).toString());
            pending.setLength(0);
        }
        if (pending.length() > 0) out.add(pending.toString().strip());
        return out;
    }

    /** A line of a block about a workspace: the clxs commands in it are parsed by the command line (no workspace is reachable). */
    private static void workspaceLine(String line) {
        String command = withoutComment(line).replaceAll("\\s>\\s*\\S+$", "");
        for (String part : command.split("&&")) {
            String p = part.strip();
            if (p.startsWith("./jbang clxs.java ")) parseOnly(p.substring("./jbang clxs.java ".length()));
            else if (p.startsWith("clxs ")) parseOnly(p.substring("clxs ".length()));
            else assertTrue(p.startsWith("export "), "a workspace line the test does not know how to check: " + line);
        }
    }

    /** Commands of the installed {@code clxs} that reach a workspace: parsed, not run. */
    private static boolean needsWorkspace(String command) {
        return command.startsWith("clxs jobs ") || command.startsWith("clxs schedule ") && !command.contains("--dry-run");
    }

    private void shell(Block b, String line) throws Exception {
        String command = withoutComment(line);
        if (command.equals("mvn test")) return; // this test runs inside it
        if (needsWorkspace(command)) {
            workspaceLine(command);
            return;
        }
        if (command.startsWith("export DATABRICKS_HOST=") || command.contains("--target databricks")) {
            if (command.startsWith("./jbang clxs.java ")) parseOnly(command.substring("./jbang clxs.java ".length()));
            return; // needs a Databricks workspace: DatabricksEngineTest runs these against the local warehouse
        }
        if (command.startsWith("./jbang app install")) {
            appInstall(command);
            return;
        }
        if (command.startsWith("clxs ")) {
            installedCommand(tiny(command));
            return;
        }
        assertTrue(command.startsWith("./jbang "), "a shell line the test does not know how to run: " + line);
        Result r = bash(tiny(command), Map.of("CLXS_HOME", scratch.resolve("clxs-data").toString()));
        assertEquals(0, r.exit(), b.name() + ": " + tiny(command) + "\n" + r);
        ReadmeChecks.CHECKS.forEach((key, check) -> {
            // the line as written, comment included: a key may end with the start of the comment to pick one line of several
            if (line.contains(key)) {
                check.accept(r);
                ReadmeChecks.CHECKED.add(key);
            }
        });
    }

    /** A Databricks line's arguments, parsed by the CLI (options and values known), not run. */
    private static void parseOnly(String args) {
        List<String> words = words(args);
        StringWriter err = new StringWriter();
        Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).parseArgs(words.toArray(String[]::new));
        assertEquals("", err.toString());
    }

    /** Shell words of a line without quotes inside words (what the README's Databricks lines use). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return out;
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private static Result bash(String command, Map<String, String> env) throws IOException, InterruptedException {
        return process(List.of("bash", "-c", command), Launcher.ROOT, env);
    }

    private static Result process(List<String> command, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ app install

    private Path jbangHome;

    private Map<String, String> appEnv() throws IOException {
        jbangHome = scratch.resolve("jbang-home");
        Files.createDirectories(scratch.resolve("home"));
        String jbangDir = System.getenv().getOrDefault("JBANG_DIR", System.getProperty("user.home") + "/.jbang");
        Map<String, String> env = new HashMap<>();
        env.put("JBANG_DIR", jbangHome.toString());
        env.put("HOME", scratch.resolve("home").toString());
        // JBang installed once and its build cache: the install goes to a scratch JBANG_DIR, nothing is built twice
        env.put("JBANG_BOOTSTRAP_DIR", System.getenv().getOrDefault("JBANG_BOOTSTRAP_DIR", jbangDir + "/bootstrap"));
        env.put("JBANG_CACHE_DIR", System.getenv().getOrDefault("JBANG_CACHE_DIR", jbangDir + "/cache"));
        env.put("CLXS_HOME", scratch.resolve("app-data").toString());
        return env;
    }

    private void appInstall(String command) throws Exception {
        Result r = bash(command, appEnv());
        assertEquals(0, r.exit(), command + "\n" + r);
        assertTrue(Files.isExecutable(jbangHome.resolve("bin").resolve("clxs")), r.toString());
    }

    /** The installed {@code clxs} in a new shell: only JBang's bin directory, Java and the system on PATH. */
    private void installedCommand(String command) throws Exception {
        assertTrue(jbangHome != null, "the README installs clxs before it uses the command");
        Map<String, String> env = appEnv();
        env.put("PATH", jbangHome.resolve("bin") + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Result r = bash(command, env);
        assertEquals(0, r.exit(), command + "\n" + r);
        if (command.startsWith("clxs demo ")) assertTrue(r.out().contains(" is ready."), r.out());
        if (command.startsWith("clxs schedule ")) assertTrue(r.err().contains("Dry run: nothing was uploaded or created."), r.toString());
    }

    // ------------------------------------------------------------------ JShell, SQL, JSON, plain blocks

    /**
     * Java through the JDK's JShell on the library's class path, as the README says to paste it;
     * a fragment without the import gets the one JShell sessions of clxs start with.
     */
    private void jshell(Block b, List<String> lines) throws Exception {
        List<String> script = new ArrayList<>();
        if (lines.stream().noneMatch(l -> l.startsWith("import static clxs.Clxs.*"))) {
            script.add("import static clxs.Clxs.*;");
            script.add("import clxs.DemoCatalog;");
        }
        for (String l : lines) script.add(l.replaceAll("\\.scale\\([0-9.]+\\)", ".scale(" + TINY + ")"));
        script.add("/exit");
        Path file = Files.write(scratch.resolve("block-" + b.line() + ".jsh"), script);
        Path dir = Files.createDirectories(scratch.resolve("jshell-" + b.line()));
        String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
        Result r = process(List.of(jshell, "--class-path", clxs.support.ChildClasspath.get(), file.toString()), dir,
                Map.of("CLXS_HOME", dir.resolve("clxs-data").toString()));
        assertEquals(0, r.exit(), b.name() + "\n" + r);
        // JShell running a file reports a snippet that does not compile or throws, and goes on with exit 0
        assertFalse(JSHELL_FAILURE.matcher(r.out() + "\n" + r.err()).find(), b.name() + "\n" + r);
        if (lines.stream().anyMatch(l -> l.contains("System.out.println(r)"))) {
            assertTrue(r.out().contains("Catalog demo is ready."), "the summary is printed:\n" + r);
            assertFalse(Files.exists(dir.resolve("clxs-data").resolve("shop.duckdb")), "cleanup() removed shop");
            assertTrue(Files.exists(dir.resolve("clxs-data").resolve("demo.duckdb")));
        }
    }

    private static final Pattern JSHELL_FAILURE = Pattern.compile("(?m)^(\\|  )?(Error:|Exception |Exception in thread)");

    /** The runner catches what the README's Java once did wrong: a type the static import lacks, chains split by JShell. */
    @org.junit.jupiter.api.Test
    void jshellFailuresAreCaught() {
        List<String> before = List.of("import static clxs.Clxs.*;", "RunResult r = demo(\"demo\")", "    .industries(HEALTHCARE)", "    .scale(0.01)",
                "    .dqProfile(DqProfile.DIRTY);");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> jshell(new Block("a Java block as it was", 1, "java", before), before));
        assertTrue(e.getMessage().contains("cannot find symbol") && e.getMessage().contains("illegal start of expression"), e.getMessage());
    }

    /** The star-schema query on a tiny healthcare catalog named as the README names it. */
    private void kimballQuery(String sql) {
        Path dir = scratch.resolve("kimball");
        CliRun demo = CliRun.of("demo", "--catalog", "demo", "--industry", "healthcare", "--scale", TINY, "--star-schema", "--no-medallion",
                "--local-dir", dir.toString());
        assertEquals(0, demo.exitCode(), demo.toString());
        CliRun q = CliRun.of("query", "--local-dir", dir.toString(), sql);
        assertEquals(0, q.exitCode(), q.toString());
        assertTrue(q.out().contains("(20 rows)"), "five whole years of quarters:\n" + q.out());
        assertTrue(Pattern.compile("(?m)^2024\\s+4\\s+\\d+").matcher(q.out()).find(), q.out());
    }

    /** The config, read by {@code clxs sql --config}: every field known, nothing ignored. */
    private void config(String json) throws IOException {
        Path file = Files.writeString(scratch.resolve("config.json"), json);
        CliRun r = CliRun.of("sql", "--config", file.toString(), "--dialect", "duckdb");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.err(), "no field ignored");
        assertTrue(r.out().contains("\"demo_test\".\"healthcare_star\".\"dim_date\"") && r.out().contains("demo_clone"), "star schema and clone");
    }

    /** An excerpt of {@code clxs demo --json}: every field it names is in the JSON of a run that has it. */
    private void jsonExcerpt(String excerpt) {
        Matcher keys = Pattern.compile("\"(\\w+)\":").matcher(excerpt);
        CliRun r = CliRun.of("demo", "--catalog", "excerpt", "--industry", "financial", "--scale", TINY, "--inject-anomalies", "--json",
                "--local-dir", scratch.resolve("excerpt").toString());
        assertEquals(0, r.exitCode(), r.toString());
        int found = 0;
        while (keys.find()) {
            assertTrue(r.out().contains("\"" + keys.group(1) + "\" :") || r.out().contains("\"" + keys.group(1) + "\":"), keys.group(1) + " in\n" + r.out());
            found++;
        }
        assertTrue(found > 0, "the excerpt names fields: " + excerpt);
    }

    private void plain(Block b) throws Exception {
        List<String> lines = b.lines().stream().filter(l -> !l.isBlank()).toList();
        if (lines.stream().anyMatch(l -> l.startsWith("jshell> "))) {
            // a transcript: its commands through JShell, after the import the notebook makes
            List<String> commands = new ArrayList<>(List.of("import static clxs.Clxs.*"));
            lines.stream().filter(l -> l.startsWith("jshell> ")).map(l -> l.substring("jshell> ".length())).forEach(commands::add);
            jshell(b, commands);
        } else if (lines.stream().allMatch(l -> l.startsWith("clxs "))) {
            // the command list: each command answers --help
            for (String l : lines) {
                String command = l.split("\\s+")[1];
                CliRun r = CliRun.of(command, "--help");
                assertEquals(0, r.exitCode(), l + "\n" + r);
                assertTrue(r.out().startsWith("Usage: clxs " + command), r.out());
            }
        } else if (lines.stream().anyMatch(l -> l.contains("──▶"))) {
            // the architecture diagram: the classes it names exist where the table below it says
            for (String cls : List.of("clxs.DemoCatalog", "clxs.compile.Compiler", "clxs.plan.Plan", "clxs.plan.RunSettings", "clxs.sql.Dialect",
                    "clxs.engine.Engine", "clxs.result.RunResult", "clxs.model.RowSchema", "clxs.sink.Sink")) {
                Class.forName(cls);
            }
        } else {
            throw new AssertionError("no runner for this block: " + b.name() + "\n" + String.join("\n", lines));
        }
    }
}
