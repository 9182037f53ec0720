package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.result.RunResult;
import clxs.support.Duck;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README promises that a seed gives the same rows: that must hold whatever the user names the
 * catalog (issue 18, item 6: salts of the data-quality draws once depended on the catalog name).
 * Default data-quality profile, medallion and star schema on, so every layer that draws is covered.
 */
class SeedAcrossCatalogNamesTest {

    @TempDir
    Path dir;

    @Test
    void oneSeedGivesTheSameRowsInEveryTableUnderTwoCatalogNames() {
        DemoCatalog definition = DemoCatalog.named("seeda").industries(Industries.HEALTHCARE).scale(0.001).seed(42).starSchema()
                .createVolumes(false);
        Map<String, String> a = checksums(definition);
        Map<String, String> b = checksums(definition.catalog("seedb"));
        assertTrue(a.size() >= 20 + 5 + 5, "expected the industry, bronze and star tables, got " + a.keySet());
        assertEquals(a.keySet(), b.keySet());
        for (String table : a.keySet()) assertEquals(a.get(table), b.get(table), table + " differs between catalogs seeda and seedb with seed 42");
        // tables with rows, so equal checksums are not two empty tables
        assertTrue(!a.get("healthcare.claims").startsWith("0:") && !a.get("healthcare_star.fct_claims").startsWith("0:"), a.toString());
    }

    /** Checksum (row count and order-independent hash of every row) of every table the run reports. */
    private Map<String, String> checksums(DemoCatalog definition) {
        RunResult r = definition.generate(LocalEngine.in(dir).quiet());
        assertTrue(r.succeeded(), r.toString());
        Map<String, String> sums = new TreeMap<>();
        try (Duck db = Duck.open(dir, definition.catalogName())) {
            for (RunResult.TableRows t : r.tables()) sums.put(t.schema() + "." + t.table(), db.checksum(t.schema() + "." + t.table()));
        }
        return sums;
    }
}
