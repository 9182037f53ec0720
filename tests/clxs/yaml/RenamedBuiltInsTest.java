package clxs.yaml;

import clxs.result.RunResult;
import clxs.settings.DqProfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.model.View;
import clxs.support.Duck;
import clxs.support.SharedCatalogs;
import clxs.engine.LocalEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each built-in industry exported as YAML, renamed ({@code healthcare} to {@code healthcare_yaml})
 * and loaded from its file, generates locally exactly what the built-in generates: the same
 * tables, columns, types, row counts and rows (compared with the shared all-industries catalog,
 * same scale and seed), with zero orphans and every view, gold view and function working.
 */
class RenamedBuiltInsTest {

    @TempDir
    static Path dir;
    private static List<Industry> renamed;
    private static RunResult run;
    private static Duck yaml;
    private static Duck builtIn;

    @BeforeAll
    static void generate() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Industry i : Industries.all()) files.add(Files.writeString(dir.resolve(i.name() + "_yaml.yaml"), renamedYaml(i, i.name() + "_yaml")));
        renamed = Industries.readYaml(files).stream().map(clxs.yaml.YamlIndustry::industry).toList();
        run = DemoCatalog.named("renamed").industries(renamed).scale(SharedCatalogs.ALL_SCALE).seed(SharedCatalogs.SEED).dqProfile(DqProfile.CLEAN)
                .createVolumes(false).dropExisting(true).generate(LocalEngine.in(dir).quiet());
        SharedCatalogs.allIndustries();
        yaml = Duck.open(dir, "renamed");
        builtIn = SharedCatalogs.openAllIndustries();
    }

    @AfterAll
    static void close() {
        if (yaml != null) yaml.close();
        if (builtIn != null) builtIn.close();
    }

    /** The exported YAML with the industry's name, and the gold views' silver schema, changed. */
    static String renamedYaml(Industry i, String to) {
        String text = YamlIndustries.write(i);
        String renamed = text.replaceFirst("(?m)^name: " + i.name() + "$", "name: " + to).replace("{{" + i.name() + "_silver.", "{{" + to + "_silver.");
        assertNotEquals(text, renamed);
        return renamed;
    }

    @Test
    void theRunSucceedsWithEveryForeignKeyIntact() {
        assertTrue(run.succeeded(), run.toString());
        long fks = Industries.all().stream().mapToLong(i -> i.foreignKeys().size()).sum();
        assertEquals(fks, run.referentialIntegrity().checksRun());
        assertEquals(fks, run.referentialIntegrity().orphanFree(), run.referentialIntegrity().toText());
    }

    @TestFactory
    List<DynamicTest> sameTablesColumnsTypesRowCountsAndRowsAsTheBuiltIn() {
        return Industries.all().stream().map(i -> DynamicTest.dynamicTest(i.name(), () -> {
            String schema = i.name() + "_yaml";
            assertEquals(columns(builtIn, "every", i.name()), columns(yaml, "renamed", schema), i.name() + ": columns and types");
            // version-history updates draw their rows with a salt naming the industry (so industries sharing a table
            // name do not change the same rows): a renamed industry updates other rows of those tables, the rest is identical
            java.util.Set<String> updated = new java.util.HashSet<>();
            i.changes().forEach(c -> updated.add(c.table()));
            int compared = 0;
            for (Table t : i.tables()) {
                assertEquals(t.rowsAt(SharedCatalogs.ALL_SCALE), run.rows(schema, t.name()), schema + "." + t.name());
                if (updated.contains(t.name())) continue;
                assertEquals(builtIn.checksum(i.name() + "." + t.name()), yaml.checksum(schema + "." + t.name()), t.name() + ": the same rows");
                compared++;
            }
            assertEquals(i.tables().size() - updated.size(), compared, "tables compared row for row");
        })).toList();
    }

    @TestFactory
    List<DynamicTest> everyViewGoldViewAndFunctionWorks() {
        return renamed.stream().map(i -> DynamicTest.dynamicTest(i.name(), () -> {
            YamlIndustriesLocalTest.assertViewsAndFunctionsWork(yaml, i);
            assertEquals(5, i.gold().size());
            for (View g : i.gold()) assertTrue(yaml.longValue("SELECT count(*) FROM " + i.name() + "_gold." + g.name()) > 0, g.name() + " is empty");
        })).toList();
    }

    private static List<List<Object>> columns(Duck db, String catalog, String schema) {
        List<List<Object>> cols = db.rows("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_catalog = '" + catalog
                + "' AND table_schema = '" + schema + "' AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_catalog = '"
                + catalog + "' AND table_schema = '" + schema + "' AND table_type = 'BASE TABLE') ORDER BY table_name, ordinal_position");
        assertTrue(cols.size() > 100, schema + ": " + cols.size() + " columns");
        return cols;
    }
}
