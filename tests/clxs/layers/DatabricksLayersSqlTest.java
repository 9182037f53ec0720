package clxs.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Industry;
import clxs.model.PiiRules;
import clxs.model.StarSchema;
import clxs.plan.Plan;
import clxs.plan.Step;
import clxs.sql.Dialect;
import clxs.sql.SqlScript;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Databricks script of every layer and enrichment for all ten industries at full scale,
 * checked by structure: each kind of statement appears once per object it applies to. (The
 * overlay goldens hold the exact text of one statement of each kind.)
 */
class DatabricksLayersSqlTest {

    private static Plan plan;
    private static String sql;

    @BeforeAll
    static void render() {
        plan = DemoCatalog.named("demo").scale(1.0).seed(5).starSchema().destCatalog("demo_copy").plan();
        sql = SqlScript.render(plan, Dialect.DATABRICKS);
    }

    private static long count(String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(sql);
        long n = 0;
        while (m.find()) n++;
        return n;
    }

    private static long tables() {
        return Industries.all().stream().mapToLong(i -> i.tables().size()).sum();
    }

    @Test
    void nothingIsSkippedButPartitionsByTimestampAndNoMarkerIsLeft() {
        // Databricks runs every step; what is not done is for reasons of the data, on any engine
        assertEquals(count("^-- skipped: "), count("^-- skipped: partitioning of [a-z_.]+: its date column [a-z_]+ is a timestamp")
                + count("^-- skipped: data-quality NULLs and outliers in [a-z_.]+: its key is not a whole number"));
        assertFalse(sql.contains("{{") || sql.contains("}}"));
    }

    @Test
    void keysAndChecks() {
        assertEquals(tables(), count("^ALTER TABLE `demo`\\.`[a-z_]+`\\.`[a-z_]+` ADD CONSTRAINT `[a-z_]+_pk` PRIMARY KEY \\(`[a-z_]+`\\) NOT ENFORCED;$"));
        assertEquals(tables(), count("^ALTER TABLE .* ALTER COLUMN `[a-z_]+` SET NOT NULL;$"));
        long fks = Industries.all().stream().mapToLong(i -> i.foreignKeys().size()).sum();
        assertEquals(fks, count("^ALTER TABLE .* FOREIGN KEY \\(`[a-z_]+`\\) REFERENCES `demo`\\.`[a-z_]+`\\.`[a-z_]+` \\(`[a-z_]+`\\) NOT ENFORCED;$"));
        long checks = Industries.all().stream().mapToLong(i -> i.checks().size()).sum();
        assertEquals(checks, count("^ALTER TABLE .* ADD CONSTRAINT `[a-z_]+` CHECK \\(.+\\);$"));
        assertTrue(sql.contains("ADD CONSTRAINT `claim_amount_non_negative` CHECK (claim_amount >= 0);"));
    }

    @Test
    void tagsPropertiesAndGrants() {
        assertEquals(tables(), count("^ALTER TABLE `demo`\\.`[a-z_]+`\\.`[a-z_]+` SET TAGS \\('data_classification' = '(pii_high|confidential|public)'\\);$"));
        long piiColumns = Industries.all().stream().flatMap(i -> i.tables().stream()).mapToLong(t -> t.columns().stream()
                .filter(c -> PiiRules.kind(t.name(), c.name()).isPresent()).count()).sum();
        assertEquals(piiColumns, count("ALTER COLUMN `[a-z_0-9]+` SET TAGS \\('data_classification' = '[a-z_]+', 'pii' = '[a-z_]+'\\);$"));
        assertTrue(sql.contains("ALTER TABLE `demo`.`financial`.`customers` ALTER COLUMN `ssn_hash` SET TAGS ('data_classification' = 'pii_high', 'pii' = 'government_id');"));
        long created = plan.steps().stream().filter(s -> s.createdTable() != null && s.createdTable().catalog().equals("demo")).count();
        assertEquals(created, count("SET TBLPROPERTIES \\(.*'demo\\.generated_by' = 'clxs'.*\\);$"), "every generated table is marked");
        assertEquals(tables(), count("SET TBLPROPERTIES \\('data_quality_score' = '0\\.[89][0-9]', .*'owner_team' = '[a-z-]+-data-engineering', "
                + "'refresh_frequency' = '(hourly|daily|weekly)', 'retention_days' = '[0-9]+', 'sla_tier' = '(gold|silver|bronze)'\\);$"));
        assertEquals(1, count("^GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG `demo` TO `data_analysts`;$"));
        assertEquals(1, count("^GRANT ALL PRIVILEGES ON CATALOG `demo` TO `data_engineers`;$"));
    }

    @Test
    void masksAndRowFilters() {
        assertTrue(count("SET MASK `demo`\\.`[a-z_]+`\\.`mask_pii_(email|phone|name)`;$") >= 40);
        assertTrue(sql.contains("ALTER TABLE `demo`.`healthcare`.`patients` ALTER COLUMN `email` SET MASK `demo`.`healthcare`.`mask_pii_email`;"));
        assertTrue(count("SET ROW FILTER `demo`\\.`[a-z_]+`\\.`filter_by_(state|country)` ON \\(`(state|country)`\\);$") >= 10);
        assertTrue(sql.contains("RETURN CASE WHEN is_account_group_member('data_engineers') THEN email ELSE"));
        // masks come after the clone: Databricks does not clone tables through their masks
        assertTrue(sql.lastIndexOf("DEEP CLONE") < sql.indexOf("SET MASK"));
    }

    @Test
    void optimizePartitioningVolumesAndSamples() {
        assertEquals(30, count("^OPTIMIZE `demo`\\.`[a-z_]+`\\.`[a-z_]+` ZORDER BY \\(`[a-z_]+`\\);$"));
        // at full scale the 100M-row claims table is partitioned by its date, so it is Z-ordered by its first foreign key instead
        assertTrue(sql.contains("PARTITIONED BY (`submitted_date`)"));
        assertTrue(sql.contains("OPTIMIZE `demo`.`healthcare`.`claims` ZORDER BY (`patient_id`);"));
        assertTrue(count("^PARTITIONED BY \\(`[a-z_]+`\\)$") >= 10);
        assertEquals(20, count("^CREATE VOLUME IF NOT EXISTS `demo`\\.`[a-z_]+`\\.`(sample_data|exports)` COMMENT '.+';$"));
        assertEquals(30, count("^CREATE OR REPLACE TABLE `demo`\\.`[a-z_]+`\\.`[a-z_]+_sample`$"));
        assertEquals(30, count("^SELECT \\* FROM `demo`\\.`[a-z_]+`\\.`[a-z_]+` LIMIT 1000;$"));
    }

    @Test
    void medallionStarAndClone() {
        assertEquals(50, count("^CREATE OR REPLACE TABLE `demo`\\.`[a-z_]+_bronze`\\.`[a-z_]+`$"));
        assertEquals(50, count("^CREATE OR REPLACE VIEW `demo`\\.`[a-z_]+_silver`\\.`[a-z_]+`$"));
        assertEquals(Industries.all().stream().mapToLong(i -> i.gold().size()).sum(), count("^CREATE OR REPLACE VIEW `demo`\\.`[a-z_]+_gold`\\.`[a-z_]+`$"));
        assertEquals(30, count("^CREATE OR REPLACE TABLE `demo`\\.`[a-z_]+_star`\\.`fct_[a-z_]+`$"));
        long dims = Industries.all().stream().mapToLong(i -> i.star().dimensions().size() + 1).sum();
        assertEquals(dims, count("^CREATE OR REPLACE TABLE `demo`\\.`[a-z_]+_star`\\.`dim_[a-z_]+`$"));
        for (Industry i : Industries.all()) {
            for (StarSchema.Dimension d : i.star().dimensions()) {
                assertTrue(sql.contains("AS " + d.surrogateKey() + ", "), i.name() + "." + d.name() + " surrogate key");
            }
        }
        assertEquals(1, count("^CREATE CATALOG IF NOT EXISTS `demo_copy` COMMENT 'Clone of demo made by clxs';$"));
        long created = plan.steps().stream().filter(s -> s.createdTable() != null && s.createdTable().catalog().equals("demo")).count();
        assertEquals(created, count("^CREATE OR REPLACE TABLE `demo_copy`\\.`[a-z_]+`\\.`[a-z_]+` DEEP CLONE `demo`\\.`[a-z_]+`\\.`[a-z_]+`;$"));
        assertEquals(plan.steps(Step.CreateView.class).stream().filter(v -> v.view().catalog().equals("demo")).count(),
                count("^CREATE OR REPLACE VIEW `demo_copy`\\."));
    }

    @Test
    void dataQualityAndHistoryUpdates() {
        // NULLs and outliers are drawn in the inserts (per batch); the only UPDATEs are the version history's
        assertTrue(count("^ +CASE WHEN \\(\\(\\(shiftrightunsigned\\(xxhash64\\(__row_id \\+ -?[0-9]+\\), 11\\) \\+ 0\\.5E0\\) / 9\\.007199254740992E15\\) < 0\\.05E0\\) THEN NULL ELSE ")
                >= 150, "NULLs in the inserts");
        assertTrue(count("THEN \\(least\\([0-9.]+ \\+ abs\\(\\(CAST\\(") >= 30, "outliers in the inserts");
        assertEquals(Industries.all().stream().mapToLong(i -> i.changes().size()).sum(), count("^UPDATE `demo`\\.`[a-z_]+`\\.`[a-z_]+`$"));
        // a table keyed by its row number copies the rows of drawn keys; one keyed by a code, the first in SHA-256 order
        assertEquals(tables(), count("^SELECT \\* FROM `demo`\\.`[a-z_]+`\\.`[a-z_]+` (WHERE [a-z_]+ IN \\([0-9]+(, [0-9]+){99}\\)|ORDER BY .+ LIMIT 100);$"),
                "100 duplicates in every table");
        assertTrue(sql.contains("SET status = 'PAID'\nWHERE status = 'PENDING' AND "), "healthcare's first history update");
    }
}
