package clxs.databricks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliProcess;
import clxs.support.CliRun;
import clxs.support.HostileWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No credential ever shows: every command that reaches a workspace runs with the SDK's SLF4J
 * logging at DEBUG and java.util.logging at ALL (to the console and to a file), against a LOCAL
 * server that rejects every request and echoes the credentials it was sent (the Authorization
 * header, the form body of the OAuth token request) in its error. Everything printed and every
 * file written is searched for the token, the client secret, the base64 of
 * {@code client_id:client_secret}, and a password in a host URL. The server is not Databricks;
 * the clients (databricks-sdk-java, databricks-jdbc) are the real ones.
 */
class SecretsTest {

    static final String TOKEN = "dapi-LEAK-CANARY-0b5e2f";
    static final String CLIENT_ID = "clxs-client-7d1";
    static final String CLIENT_SECRET = "dose-LEAK-CANARY-SECRET-91c";
    static final String URL_PASSWORD = "urlpw-LEAK-CANARY-3aa";
    static final String BASIC = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

    static HostileWorkspace server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        server = HostileWorkspace.echoingCredentials();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    /** Every command that talks to a workspace, with the options it needs. */
    static List<String[]> commands() {
        return List.of(
                new String[] {"catalogs", "list", "--target", "databricks"},
                new String[] {"catalogs", "list", "--target", "databricks", "--json"},
                new String[] {"catalogs", "drop", "demo", "--confirm", "demo", "--target", "databricks", "--warehouse", "abc"},
                new String[] {"demo", "--target", "databricks", "--warehouse", "abc", "--catalog", "demo", "--industry", "retail", "--scale", "0.0001"},
                new String[] {"demo", "--target", "databricks", "--warehouse", "abc", "--catalog", "demo", "--cleanup"},
                new String[] {"demo", "--target", "databricks", "--warehouse", "abc", "--catalog", "demo", "--json", "--industry", "retail", "--scale",
                        "0.0001"});
    }

    /** Debug logging everywhere it can be turned on: SLF4J (the SDK, the HTTP client) and java.util.logging (the JDBC driver), to a file too. */
    private List<String> debugLogging(Path dir) throws IOException {
        Path props = dir.resolve("logging.properties");
        Files.writeString(props, String.join("\n",
                "handlers=java.util.logging.ConsoleHandler,java.util.logging.FileHandler",
                ".level=ALL",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.FileHandler.level=ALL",
                "java.util.logging.FileHandler.pattern=" + dir.resolve("jul-%u.log"),
                "com.databricks.level=ALL",
                "com.databricks.jdbc.level=FINEST",
                "org.apache.http.level=ALL", ""));
        return List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-Dorg.slf4j.simpleLogger.log.org.apache.http=trace",
                "-Djava.util.logging.config.file=" + props);
    }

    private void assertNoSecretIn(String what, String text) {
        for (String secret : List.of(TOKEN, CLIENT_SECRET, BASIC, BASIC.replace("=", ""), URL_PASSWORD)) {
            assertFalse(text.contains(secret), what + " shows a credential (" + secret.substring(0, 8) + "...):\n" + text);
        }
    }

    private void assertNoSecretInFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) assertNoSecretIn("file " + f, Files.readString(f, StandardCharsets.ISO_8859_1));
        }
    }

    private List<CliRun> runAll(Map<String, String> env) throws Exception {
        Path logs = Files.createDirectories(tmp.resolve("logs-" + env.size() + "-" + System.nanoTime()));
        List<CliRun> runs = new ArrayList<>();
        for (String[] command : commands()) {
            // the run's own folder (working directory, HOME) is searched before it is removed
            CliRun r = CliProcess.start(env, debugLogging(logs), command).finish(this::assertNoSecretInFiles);
            runs.add(r);
            assertNoSecretIn(String.join(" ", command) + " (exit " + r.exitCode() + ")", r.out() + r.err());
        }
        assertTrue(Files.list(logs).anyMatch(p -> p.getFileName().toString().startsWith("jul-")), "the JUL file handler wrote its log");
        assertNoSecretInFiles(logs);
        return runs;
    }

    @Test
    void aPersonalAccessTokenNeverShowsEvenWhenTheServerEchoesItAndLoggingIsAtDebug() throws Exception {
        List<CliRun> runs = runAll(Map.of("DATABRICKS_HOST", server.url(), "DATABRICKS_TOKEN", TOKEN));
        assertTrue(runs.get(0).err().contains("Rejected credentials: Bearer ****"), "the echo reached the user, scrubbed: " + runs.get(0));
        assertTrue(server.requests().stream().anyMatch(r -> r.startsWith("GET /api/2.1/unity-catalog/catalogs")), "the SDK reached the server");
        assertTrue(server.requests().stream().anyMatch(r -> r.startsWith("POST /api/2.0/sql/") && r.endsWith("/sessions")), "the JDBC driver reached the server: " + server.requests());
        for (CliRun r : runs) assertEquals(1, r.exitCode(), "the workspace rejected the run: " + r);
    }

    @Test
    void anOAuthClientSecretAndItsBasicAuthFormNeverShow() throws Exception {
        List<CliRun> runs = runAll(Map.of("DATABRICKS_HOST", server.url(), "DATABRICKS_CLIENT_ID", CLIENT_ID, "DATABRICKS_CLIENT_SECRET", CLIENT_SECRET));
        assertTrue(server.requests().contains("POST /oidc/v1/token"), "the SDK asked for a token with the client's Basic credentials: " + server.requests());
        for (CliRun r : runs) assertEquals(2, r.exitCode(), "cannot authenticate is a configuration problem: " + r);
    }

    @Test
    void aPasswordInAHostUrlIsRefusedWithoutRepeatingIt() throws Exception {
        String withPassword = server.url().replace("http://", "http://someone:" + URL_PASSWORD + "@");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve(".databrickscfg"), "[dev]\nhost = " + withPassword + "\ntoken = " + TOKEN + "\n");
        List<CliRun> runs = new ArrayList<>();
        runs.add(CliProcess.run(Map.of("DATABRICKS_HOST", withPassword, "DATABRICKS_TOKEN", TOKEN), "catalogs", "list", "--target", "databricks"));
        runs.add(CliProcess.run(Map.of("DATABRICKS_TOKEN", TOKEN), "catalogs", "list", "--target", "databricks", "--host", withPassword));
        runs.add(CliProcess.run(Map.of("HOME", home.toString()), "demo", "--target", "databricks", "--profile", "dev", "--warehouse", "abc",
                "--catalog", "x", "--industry", "retail", "--scale", "0.0001"));
        for (CliRun r : runs) {
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.err().contains("holds a user name or password before '@'"), r.err());
            assertNoSecretIn("a run with a password in its host", r.out() + r.err());
            assertFalse((r.out() + r.err()).contains("someone"), "the user name is not repeated either: " + r);
        }
    }

    @Test
    void aProfileWithATokenAndOAuthSettingsGetsTheSdksReasonNotNoProfile() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home2"));
        Files.writeString(home.resolve(".databrickscfg"), "[both]\nhost = " + server.url() + "\ntoken = " + TOKEN + "\nclient_id = " + CLIENT_ID
                + "\nclient_secret = " + CLIENT_SECRET + "\n");
        CliRun r = CliProcess.run(Map.of("HOME", home.toString()), "catalogs", "list", "--target", "databricks", "--profile", "both");
        assertEquals(2, r.exitCode(), r.toString());
        assertFalse(r.err().contains("there is no profile"), r.err());
        assertTrue(r.err().contains("profile 'both'") && r.err().contains("more than one authorization method configured"), r.err());
        assertNoSecretIn("the profile's error", r.out() + r.err());
    }
}
