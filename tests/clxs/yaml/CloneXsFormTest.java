package clxs.yaml;

import clxs.industries.Industries;
import clxs.engine.QueryResult;
import clxs.result.RunResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.sql.Dialect;
import clxs.support.LocalWarehouse;
import clxs.databricks.DatabricksEngine;
import clxs.support.UsesLocalWarehouse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Clone-Xs form of the spec ({@code ddl_cols}, {@code insert_expr} with {@code rand()} and
 * {@code {offset}}) is accepted as raw Databricks SQL: it renders as written for Databricks, runs
 * on Spark + Delta through the real databricks-jdbc driver (the LOCAL warehouse of harness/, not
 * Databricks), and is marked Databricks-only, with a message naming the file, for a local target
 * to refuse.
 */
@UsesLocalWarehouse
class CloneXsFormTest {

    static final Path SPEC_EXAMPLE = Paths.get("tests", "resources", "yaml", "clonexs", "aerospace.yaml");

    @TempDir
    Path runFiles;

    @Test
    void eachSelectItemBecomesARawSqlColumnOfItsDdlType() {
        YamlIndustry loaded = Industries.readYaml(List.of(SPEC_EXAMPLE)).get(0);
        Table flights = loaded.industry().requireTable("flights");
        assertEquals(1_000_000, flights.rows());
        assertEquals(List.of("flight_id", "carrier", "origin", "destination", "dep_date", "status"), flights.columns().stream().map(Column::name).toList());
        assertEquals(List.of(SqlType.BIGINT, SqlType.STRING, SqlType.STRING, SqlType.STRING, SqlType.DATE, SqlType.STRING),
                flights.columns().stream().map(Column::type).toList());
        assertEquals(Gen.rawSql("id + 0"), flights.columns().get(0).gen(), "clxs row ids are already global: {offset} is 0");
        assertEquals(Gen.rawSql("element_at(array('UA','DL','AA','BA'), cast(floor(rand()*4)+1 as INT))"), flights.columns().get(1).gen());
        assertEquals(List.of("flights"), loaded.cloneXsTables());
    }

    @Test
    void itIsMarkedDatabricksOnlyWithAMessageNamingTheFileAndThePortableForm() {
        String why = Industries.readYaml(List.of(SPEC_EXAMPLE)).get(0).databricksOnly().orElseThrow();
        assertTrue(why.startsWith(SPEC_EXAMPLE + ": industry aerospace writes table flights in the Clone-Xs form (ddl_cols and insert_expr)"), why);
        assertTrue(why.contains("runs on Databricks only") && why.contains("portable form") && why.contains("templates/aerospace.yaml"), why);
    }

    @Test
    void theDatabricksSqlCarriesTheExpressionsAsWritten() {
        Industry aero = Industries.fromYaml(SPEC_EXAMPLE).get(0);
        String sql = DemoCatalog.named("cx").industries(aero).scale(0.001).seed(1).sql(Dialect.DATABRICKS);
        assertTrue(sql.contains("CREATE OR REPLACE TABLE `cx`.`aerospace`.`flights` ("), sql);
        assertTrue(sql.contains("  (date_add('2020-01-01', cast(floor(rand()*1825) as INT))) AS `dep_date`"), sql);
        assertTrue(sql.contains("CAST((id + 0) AS BIGINT) AS `flight_id`") || sql.contains("(id + 0) AS `flight_id`"), sql);
        assertTrue(sql.contains("FROM range(1, 1001)"), sql);
    }

    @Test
    void itRunsOnSparkAndDeltaThroughTheDatabricksDriver() throws Exception {
        Industry aero = Industries.fromYaml(SPEC_EXAMPLE).get(0);
        LocalWarehouse warehouse = LocalWarehouse.shared();
        RunResult r = DemoCatalog.named("clonexs").industries(aero).scale(0.001).seed(1).dropExisting(true)
                .generate(DatabricksEngine.connect(warehouse.workspace()).withRunFilesIn(runFiles).quiet());
        assertTrue(r.succeeded() && r.errors().isEmpty(), r.toString());
        assertEquals(1_000, r.rows("aerospace", "flights"));
        DatabricksEngine spark = DatabricksEngine.connect(warehouse.workspace()).quiet();
        QueryResult q = spark.query(null, "SELECT count(DISTINCT flight_id), min(flight_id), max(flight_id), count(DISTINCT carrier), "
                + "min(dep_date) >= DATE '2020-01-01', max(dep_date) < DATE '2025-01-01' FROM `clonexs`.`aerospace`.`flights`");
        List<Object> row = q.rows().get(0);
        assertEquals(List.of(1000L, 1L, 1000L, 4L, true, true), row.stream().map(v -> v instanceof Number n && !(v instanceof Long) ? n.longValue() : v).toList());
    }
}
