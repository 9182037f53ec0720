package clxs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input: exit 2, a message naming the field, nothing executed and no file created. */
class BadInputTest {

    @TempDir
    static Path tmp;

    static Stream<Arguments> badInputs() throws IOException {
        Path malformed = Files.writeString(tmp.resolve("malformed.json"), "{\"catalog_name\": \"x\", ");
        Path badValue = Files.writeString(tmp.resolve("bad-value.json"), "{\"catalog_name\": \"x\", \"scale_factor\": \"lots\"}");
        return Stream.of(
                Arguments.of(List.of("--catalog", "my catalog"), "--catalog"),
                Arguments.of(List.of("--catalog", "it's"), "--catalog"),
                Arguments.of(List.of("--catalog", "x;drop"), "semicolon"),
                Arguments.of(List.of("--catalog", "x`y"), "backtick"),
                Arguments.of(List.of("--catalog", "9lives"), "digit"),
                Arguments.of(List.of("--catalog", "c".repeat(256)), "255"),
                Arguments.of(List.of("--catalog", "demo", "--scale", "0"), "--scale"),
                Arguments.of(List.of("--catalog", "demo", "--scale", "-1"), "--scale"),
                Arguments.of(List.of("--catalog", "demo", "--scale", "11"), "--scale"),
                Arguments.of(List.of("--catalog", "demo", "--scale", "NaN"), "--scale"),
                Arguments.of(List.of("--catalog", "demo", "--scale", "abc"), "--scale"),
                Arguments.of(List.of("--catalog", "demo", "--start-date", "2020/01/01"), "--start-date"),
                Arguments.of(List.of("--catalog", "demo", "--end-date", "01-02-2024"), "--end-date"),
                Arguments.of(List.of("--catalog", "demo", "--start-date", "2024-06-01", "--end-date", "2024-01-01"), "--end-date"),
                Arguments.of(List.of("--catalog", "demo", "--industry", "aerospace"), "healthcare"),
                Arguments.of(List.of("--catalog", "demo", "--batch-size", "0"), "--batch-size"),
                Arguments.of(List.of("--catalog", "demo", "--max-workers", "0"), "--max-workers"),
                Arguments.of(List.of("--catalog", "demo", "--batch-size", "999"), "--batch-size"),
                Arguments.of(List.of("--catalog", "demo", "--batch-size", "50000001"), "--batch-size"),
                Arguments.of(List.of("--catalog", "demo", "--max-workers", "17"), "--max-workers"),
                Arguments.of(List.of("--catalog", "demo", "--anomaly-rate", "1.5"), "--anomaly-rate"),
                Arguments.of(List.of("--catalog", "demo", "--inject-anomalies", "--anomaly-rate", "-0.1"), "--anomaly-rate"),
                Arguments.of(List.of("--catalog", "demo", "--locale", "German"), "--locale"),
                Arguments.of(List.of("--catalog", "demo", "--realistic-data", "--locale", "xx_YY"), "--locale"),
                Arguments.of(List.of("--config", tmp.resolve("missing.json").toString()), "does not exist"),
                Arguments.of(List.of("--config", malformed.toString()), "not valid JSON"),
                Arguments.of(List.of("--config", badValue.toString()), "scale_factor"),
                Arguments.of(List.of("--scale", "0.01"), "catalog"),
                Arguments.of(List.of("--catalog", "demo", "--data-model", "snowflake"), "--data-model"),
                Arguments.of(List.of("--catalog", "demo", "--data-model", "flat", "--star-schema"), "--star-schema"),
                Arguments.of(List.of("--catalog", "demo", "--dq-profile", "filthy"), "clean, realistic, dirty"),
                Arguments.of(List.of("--catalog", "demo", "--dest-catalog", "demo"), "--dest-catalog"),
                Arguments.of(List.of("--catalog", "demo", "--dest-catalog", "copy;drop"), "--dest-catalog"),
                Arguments.of(List.of("--catalog", "demo", "--target", "databricks", "--host", "not a url", "--warehouse", "w"), "--host"),
                Arguments.of(List.of("--catalog", "demo", "--no-such-flag"), "--no-such-flag"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void demoRejectsItWithExitTwoAndCreatesNothing(List<String> args, String named) {
        Path dir = tmp.resolve("local-" + Math.abs(args.hashCode()));
        List<String> all = new ArrayList<>(List.of("demo", "--local-dir", dir.toString()));
        all.addAll(args);
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains(named), "message should name " + named + ": " + r.err());
        assertTrue(r.err().startsWith("clxs: "), r.err());
        assertFalse(Files.exists(dir), "bad input created " + dir);
        assertEquals("", r.out(), "nothing is printed to standard output");
    }

    /** The inputs that are about the definition (not demo-only flags like --target). */
    static Stream<Arguments> badDefinitions() throws IOException {
        return badInputs().filter(a -> !((List<?>) a.get()[0]).contains("--target"));
    }

    @ParameterizedTest
    @MethodSource("badDefinitions")
    void sqlRejectsTheSameDefinitions(List<String> args, String named) {
        List<String> all = new ArrayList<>(List.of("sql"));
        all.addAll(args);
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains(named), r.err());
    }
}
