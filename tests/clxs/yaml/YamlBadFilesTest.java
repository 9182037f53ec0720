package clxs.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code tests/resources/yaml/bad} is rejected before anything is built, with the
 * message its first line announces: {@code # expect: line:column: key path: fragment}.
 */
class YamlBadFilesTest {

    static final Path BAD = Paths.get("tests", "resources", "yaml", "bad");
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+):(\\d+): (.*?): (.*)");

    @TempDir
    Path tmp;

    static Stream<Path> badFiles() throws IOException {
        return Files.list(BAD).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @Test
    void thereAreAtLeastTwentyFiveBadFiles() throws IOException {
        assertTrue(badFiles().count() >= 25, "bad files: " + badFiles().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileIsRejectedWithItsLineKeyPathAndReason(Path file) throws IOException {
        Matcher expect = EXPECT.matcher(Files.readAllLines(file).get(0));
        assertTrue(expect.matches(), file + " starts with no '# expect: line:column: key path: fragment' line");
        String path = expect.group(3);
        String where = file + ":" + expect.group(1) + ":" + expect.group(2) + ": " + (path.isEmpty() ? "" : path + ": ");

        YamlIndustryException e = assertThrows(YamlIndustryException.class, () -> Industries.readYaml(List.of(file)));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().startsWith(where) && p.message().contains(expect.group(4))),
                "expected '" + where + "..." + expect.group(4) + "' among:\n" + e.getMessage());
        assertEquals(e.problems().stream().map(Problem::toString).toList(), e.getMessage().lines().toList(), "the message lists every problem");
    }

    @Test
    void everyProblemOfAFileIsReportedInLineOrder() throws IOException {
        Path file = write("several.yaml", """
                name: several
                tables:
                  - name: flights
                    rows: -5
                    role: event
                    columns:
                      - {name: flight_id, sequence: {}}
                      - {name: pilot_id, fk: pilots}
                      - {name: departure_date, dates: {seasonality: summer}}
                views:
                  - {name: v, sql: 'SELECT * FROM {{flight}}'}
                """);
        YamlIndustryException e = assertThrows(YamlIndustryException.class, () -> Industries.readYaml(List.of(file)));
        List<String> lines = e.problems().stream().map(p -> p.line() + " " + p.keyPath()).toList();
        assertEquals(List.of("4 tables[0].rows", "5 tables[0].role", "8 tables[0].columns[1].fk.table", "9 tables[0].columns[2].dates.seasonality",
                "11 views[0].sql"), lines, e.getMessage());
    }

    @Test
    void anIndustryNameMayNotRepeatAcrossFiles() throws IOException {
        Path first = write("first.yaml", "name: aerospace\ntables:\n  - {name: flights, rows: 10, columns: [{name: id, sequence: {}}]}\n");
        Path second = write("second.yaml", "# the same industry again\nname: aerospace\ntables:\n  - {name: legs, rows: 10, columns: [{name: id, sequence: {}}]}\n");
        YamlIndustryException e = assertThrows(YamlIndustryException.class, () -> Industries.readYaml(List.of(first, second)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(second + ":2:1: name: industry 'aerospace' is also defined in " + first + "; each industry is defined once",
                e.problems().get(0).toString());
    }

    @Test
    void aViewMayReadAnotherIndustryOnlyThroughTablesThatExist() throws IOException {
        String industry = "name: crossing\ntables:\n  - {name: flights, rows: 10, columns: [{name: id, sequence: {}}]}\nviews:\n";
        Path good = write("good.yaml", industry + "  - {name: v, sql: 'SELECT count(*) FROM {{retail.orders}} JOIN {{flights}} ON true'}\n");
        assertEquals("crossing", Industries.fromYaml(good).get(0).name());

        Path bad = write("bad.yaml", industry + "  - {name: v, sql: 'SELECT count(*) FROM {{retail.order}}'}\n"
                + "  - {name: w, sql: 'SELECT count(*) FROM {{nowhere.orders}}'}\n");
        YamlIndustryException e = assertThrows(YamlIndustryException.class, () -> Industries.readYaml(List.of(bad)));
        assertEquals(List.of(bad + ":5:15: views[0].sql: reads {{retail.order}}, but industry retail has no table 'order'",
                bad + ":6:15: views[1].sql: reads {{nowhere.orders}}, but 'nowhere' is neither this industry, a built-in one nor one of the files loaded"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aMissingFileIsAProblemToo() {
        Path missing = tmp.resolve("missing.yaml");
        YamlIndustryException e = assertThrows(YamlIndustryException.class, () -> Industries.readYaml(List.of(missing)));
        assertTrue(e.getMessage().startsWith(missing + ":1:1: cannot read the file"), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }
}
