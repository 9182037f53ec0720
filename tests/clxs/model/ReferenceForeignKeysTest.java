package clxs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.industries.Industries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model declares every foreign key of the Clone-Xs reference (39 across the ten industries), and more. */
class ReferenceForeignKeysTest {

    private static final Path COPY = Path.of("tests/resources/spec/reference-foreign-keys.txt");

    record Reference(String industry, ForeignKey fk) {}

    private static List<String> fkLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("FK ")).toList();
    }

    private static List<Reference> parse(List<String> lines) {
        List<Reference> out = new ArrayList<>();
        for (String line : lines) {
            String industry = line.substring(3, line.indexOf(':')).trim();
            for (String rel : line.substring(line.indexOf(':') + 1).split(";")) {
                String[] sides = rel.trim().split("\\s*->\\s*");
                String[] child = sides[0].split("\\.");
                String[] parent = sides[1].split("\\.");
                out.add(new Reference(industry, new ForeignKey(child[0], child[1], parent[0], parent[1])));
            }
        }
        return out;
    }

    @Test
    void everyReferenceForeignKeyIsDeclared() throws IOException {
        List<Reference> refs = parse(fkLines(COPY));
        assertEquals(39, refs.size(), "the reference lists 39 relationships");
        List<String> missing = new ArrayList<>();
        for (Reference r : refs) {
            Industry industry = Industries.byName(r.industry()).orElseThrow(() -> new AssertionError("unknown industry " + r.industry()));
            if (!industry.foreignKeys().contains(r.fk())) missing.add(r.industry() + ": " + r.fk());
        }
        assertTrue(missing.isEmpty(), "reference foreign keys not declared: " + missing);
    }

    @Test
    void industriesDeclareTheNaturalOthersToo() {
        int declared = Industries.all().stream().mapToInt(i -> i.foreignKeys().size()).sum();
        assertTrue(declared > 39, "only " + declared + " foreign keys declared");
        assertTrue(Industries.HEALTHCARE.foreignKeys().contains(new ForeignKey("claims", "facility_id", "facilities", "facility_id")));
    }
}
