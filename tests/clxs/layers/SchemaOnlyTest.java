package clxs.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.support.Duck;
import clxs.engine.LocalEngine;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema-only at full scale: every object of every layer is created, no row is written, nothing row-dependent runs. */
class SchemaOnlyTest {

    @TempDir
    Path dir;

    @Test
    void everyTableViewAndFunctionExistsAndEveryTableIsEmpty() {
        RunResult r = DemoCatalog.named("ddl").scale(1.0).seed(3).starSchema().schemaOnly().generate(LocalEngine.in(dir).quiet());
        assertTrue(r.succeeded(), r.toString());
        assertTrue(r.schemaOnly() && r.toJson().contains("\"schema_only\" : true"));
        assertEquals(0, r.totalRows());
        assertTrue(r.referentialIntegrity() == null, "no audit without rows");
        assertTrue(r.starSchema().perIndustry().stream().allMatch(s -> s.schemaOnly() && s.factsCreated() == 3));
        try (Duck db = Duck.open(dir, "ddl")) {
            List<List<Object>> tables = db.rows("SELECT schema_name, table_name, estimated_size FROM duckdb_tables() WHERE database_name = 'ddl'");
            long expected = Industries.all().stream().mapToLong(i -> i.tables().size() + 5 + i.star().facts().size() + i.star().dimensions().size() + 1).sum();
            assertEquals(expected, tables.size(), "industry, bronze and star tables");
            for (List<Object> t : tables) {
                assertEquals(0L, db.longValue("SELECT count(*) FROM " + t.get(0) + "." + t.get(1)), t.get(0) + "." + t.get(1) + " has rows");
            }
            for (Industry i : Industries.all()) {
                for (Table t : i.tables()) {
                    long columns = db.longValue("SELECT count(*) FROM duckdb_columns() WHERE database_name = 'ddl' AND schema_name = '" + i.name()
                            + "' AND table_name = '" + t.name() + "'");
                    assertTrue(columns >= t.columns().size(), i.name() + "." + t.name());
                }
            }
            assertEquals(r.views().size(), db.longValue("SELECT count(*) FROM duckdb_views() WHERE database_name = 'ddl' AND NOT internal"));
            assertEquals(0, db.longValue("SELECT count(*) FROM healthcare_star.fct_claims"));
            assertEquals(List.of("patient_sk", "provider_sk", "facility_sk", "diagnosis_sk"), db.rows("SELECT column_name FROM duckdb_columns() "
                    + "WHERE database_name = 'ddl' AND table_name = 'fct_claims' AND column_name LIKE '%_sk' ORDER BY column_index").stream()
                    .map(x -> (String) x.get(0)).toList(), "an empty fact still has its surrogate keys");
        }
        long rows = Industries.all().stream().mapToLong(i -> i.rowsAt(1.0)).sum();
        long inserts = Industries.all().stream().flatMap(i -> i.tables().stream())
                .mapToLong(t -> (t.rowsAt(1.0) + DemoCatalog.DEFAULT_BATCH_SIZE - 1) / DemoCatalog.DEFAULT_BATCH_SIZE).sum();
        assertTrue(rows > 1_900_000_000L && inserts >= 200, rows + " rows in " + inserts + " inserts");
        assertTrue(r.skipped().stream().anyMatch(s -> s.step().equals("rows")
                && s.reason().equals(String.format("schema-only run: %,d inserts of %,d rows not run", inserts, rows))), r.skipped().toString());
    }
}
