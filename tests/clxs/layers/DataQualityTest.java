package clxs.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.settings.DqProfile;
import clxs.industries.Industries;
import clxs.model.Column;
import clxs.model.Table;
import clxs.plan.DataQualityIssues;
import clxs.plan.DataQualityTargets;
import clxs.plan.Salts;
import clxs.plan.Scd2Dimensions;
import clxs.sql.Dialect;
import clxs.engine.LocalEngine;
import clxs.result.RunResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-quality profiles, measured cell by cell: the same seed generated clean and with issues
 * gives identical rows except where an issue was injected, so every NULL, outlier and duplicate
 * can be counted exactly.
 */
class DataQualityTest {

    @TempDir
    static Path dir;
    private static Connection db;

    private static final java.util.Map<DqProfile, RunResult> RESULTS = new java.util.EnumMap<>(DqProfile.class);

    @BeforeAll
    static void generate() throws SQLException {
        DemoCatalog base = DemoCatalog.named("dq").industries(Industries.HEALTHCARE).scale(0.002).seed(17).medallion(false).createVolumes(false);
        for (DqProfile p : DqProfile.values()) {
            RunResult r = base.catalog("dq_" + p.jsonName()).dqProfile(p).generate(LocalEngine.in(dir).quiet());
            assertTrue(r.succeeded(), r.toString());
            RESULTS.put(p, r);
        }
        db = DriverManager.getConnection("jdbc:duckdb:");
        for (DqProfile p : DqProfile.values()) {
            exec("ATTACH '" + dir.resolve("dq_" + p.jsonName() + ".duckdb") + "' AS dq_" + p.jsonName() + " (READ_ONLY)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** Issues found in one profile's catalog against the clean one. */
    record Issues(long rows, long nulls, long outliers, long duplicates, long tablesWithNulls, long tablesWithOutliers) {}

    private static Issues measure(DqProfile profile) throws SQLException {
        String dirty = "dq_" + profile.jsonName() + ".healthcare.";
        String clean = "dq_clean.healthcare.";
        long rows = 0, nulls = 0, outliers = 0, duplicates = 0, withNulls = 0, withOutliers = 0;
        for (Table t : Industries.HEALTHCARE.tables()) {
            Column key = t.primaryKey().orElseThrow();
            long cleanRows = value("SELECT count(*) FROM " + clean + t.name());
            long dirtyRows = value("SELECT count(*) FROM " + dirty + t.name());
            long copies = dirtyRows - value("SELECT count(DISTINCT " + key.name() + ") FROM " + dirty + t.name());
            assertEquals(dirtyRows - cleanRows, copies, t.name() + ": the added rows are copies of existing keys");
            assertEquals(Math.min(profile.duplicateRows(), cleanRows / 10), copies, t.name() + " duplicates");
            duplicates += copies;
            if (!key.type().isIntegral()) continue;
            rows += cleanRows;
            String join = " FROM (SELECT DISTINCT * FROM " + dirty + t.name() + ") d JOIN " + clean + t.name() + " c ON c." + key.name() + " = d." + key.name();
            int columnsWithNulls = 0, columnsWithOutliers = 0;
            for (Column c : t.columns()) {
                if (Scd2Dimensions.isHistoryColumn(c.name())) continue;
                long blanked = value("SELECT count(*)" + join + " WHERE d." + c.name() + " IS NULL AND c." + c.name() + " IS NOT NULL");
                long changed = value("SELECT count(*)" + join + " WHERE d." + c.name() + " <> c." + c.name());
                if (blanked > 0) columnsWithNulls++;
                if (changed > 0) {
                    columnsWithOutliers++;
                    assertEquals(changed, value("SELECT count(*)" + join + " WHERE d." + c.name() + " <> c." + c.name() + " AND (d." + c.name() + " = c."
                            + c.name() + " * 25 OR abs(d." + c.name() + ") > abs(c." + c.name() + "))"), t.name() + "." + c.name() + ": outliers are inflated values");
                }
                nulls += blanked;
                outliers += changed;
            }
            assertTrue(columnsWithNulls <= 1 && columnsWithOutliers <= 1, t.name() + ": one column each for NULLs and outliers");
            withNulls += columnsWithNulls;
            withOutliers += columnsWithOutliers;
        }
        return new Issues(rows, nulls, outliers, duplicates, withNulls, withOutliers);
    }

    @Test
    void cleanHasNoIssues() throws SQLException {
        Issues clean = measure(DqProfile.CLEAN);
        assertEquals(new Issues(clean.rows(), 0, 0, 0, 0, 0), clean);
        assertEquals(null, RESULTS.get(DqProfile.CLEAN).measured().dataQuality(), "nothing injected, nothing measured");
    }

    /** Clone-Xs's profile: 5% NULLs, 0.1% outliers, 100 duplicate rows per table; each measured within 20%. */
    @Test
    void realisticInjectsFivePercentNullsATenthOfAPercentOutliersAndAHundredDuplicates() throws SQLException {
        Issues r = measure(DqProfile.REALISTIC);
        assertTrue(r.tablesWithNulls() >= 10 && r.tablesWithOutliers() >= 3, r.toString());
        assertWithin(0.05, (double) r.nulls() / rowsOfTablesWithNulls(DqProfile.REALISTIC), r + " NULL rate");
        assertWithin(0.001, (double) r.outliers() / rowsOfTablesWithOutliers(DqProfile.REALISTIC), r + " outlier rate");
        assertTrue(r.duplicates() > 1000, r.toString());
        assertSummaryMeasures(DqProfile.REALISTIC, r);
    }

    @Test
    void dirtyInjectsFifteenPercentNullsAndFivePercentOutliers() throws SQLException {
        Issues r = measure(DqProfile.DIRTY);
        assertWithin(0.15, (double) r.nulls() / rowsOfTablesWithNulls(DqProfile.DIRTY), r + " NULL rate");
        assertWithin(0.05, (double) r.outliers() / rowsOfTablesWithOutliers(DqProfile.DIRTY), r + " outlier rate");
        assertSummaryMeasures(DqProfile.DIRTY, r);
    }

    /**
     * Each NULL and outlier is drawn on its row's key (the insert draws on the row number, which is
     * the key), so which rows have issues depends on the seed alone, not on batches or workers.
     */
    @Test
    void theRowsWithIssuesAreTheRowsWhoseKeyDrawsUnderTheRate() throws SQLException {
        long issues = 0;
        for (Table t : Industries.HEALTHCARE.tables()) {
            if (!DataQualityIssues.drawnInInsert(t)) continue;
            String key = t.primaryKey().orElseThrow().name();
            Map<String, Optional<String>> conditions = new LinkedHashMap<>();
            conditions.put("nulls", DataQualityTargets.nullColumn(Industries.HEALTHCARE, t).map(c -> c.name() + " IS NULL"));
            conditions.put("outliers", DataQualityTargets.outlierColumn(Industries.HEALTHCARE, t)
                    .map(c -> c.name() + " > " + DataQualityIssues.plain(DataQualityTargets.generatedMax(c))));
            for (Map.Entry<String, Optional<String>> e : conditions.entrySet()) {
                if (e.getValue().isEmpty()) continue;
                double rate = e.getKey().equals("nulls") ? DqProfile.REALISTIC.nullRate() : DqProfile.REALISTIC.outlierRate();
                String draw = Dialect.DUCKDB.hashUnit("CAST(" + key + " AS BIGINT)", Salts.of(17, "dq " + e.getKey() + " healthcare." + t.name(), 0)) + " < " + rate;
                String table = "dq_realistic.healthcare." + t.name();
                assertEquals(0, value("SELECT count(*) FROM " + table + " WHERE (" + e.getValue().get() + ") IS DISTINCT FROM (" + draw + ")"),
                        table + ": " + e.getKey() + " exactly where the key draws under " + rate);
                issues += value("SELECT count(*) FROM " + table + " WHERE " + e.getValue().get());
            }
        }
        assertTrue(issues > 500, issues + " rows with issues checked");
    }

    /** The run summary's measured rates, counted on the data by the run itself, agree with the profile and with this test's count. */
    private static void assertSummaryMeasures(DqProfile p, Issues counted) {
        clxs.result.Measured.DataQuality q = RESULTS.get(p).measured().dataQuality();
        assertEquals(p.jsonName(), q.profile());
        assertWithin(p.nullRate(), q.measuredNullRate(), "summary NULL rate");
        assertWithin(p.outlierRate(), q.measuredOutlierRate(), "summary outlier rate");
        assertEquals(counted.duplicates(), q.measuredDuplicateRows(), "summary duplicate rows");
        // the summary counts every row, copies included: at least the distinct outliers, at most one more per copy
        long outliers = q.tables().stream().mapToLong(clxs.result.Measured.TableIssues::outliers).sum();
        assertTrue(outliers >= counted.outliers() && outliers <= counted.outliers() + counted.duplicates(), outliers + " outliers vs " + counted);
        assertTrue(RESULTS.get(p).toJson().contains("\"measured_null_rate\""), "the JSON summary carries the measured rates");
    }

    private static void assertWithin(double stated, double measured, String what) {
        assertEquals(stated, measured, stated * 0.2, what + ": " + measured + " is not within 20% of " + stated);
    }

    /** Rows of the tables that got NULLs (found by comparing with the clean catalog). */
    private static long rowsOfTablesWithNulls(DqProfile p) throws SQLException {
        return rowsOfTablesWhere(p, "d.%1$s IS NULL AND c.%1$s IS NOT NULL");
    }

    private static long rowsOfTablesWithOutliers(DqProfile p) throws SQLException {
        return rowsOfTablesWhere(p, "d.%1$s <> c.%1$s");
    }

    private static long rowsOfTablesWhere(DqProfile p, String condition) throws SQLException {
        long rows = 0;
        for (Table t : Industries.HEALTHCARE.tables()) {
            Column key = t.primaryKey().orElseThrow();
            if (!key.type().isIntegral()) continue;
            String join = " FROM (SELECT DISTINCT * FROM dq_" + p.jsonName() + ".healthcare." + t.name() + ") d JOIN dq_clean.healthcare." + t.name()
                    + " c ON c." + key.name() + " = d." + key.name();
            for (Column c : t.columns()) {
                if (Scd2Dimensions.isHistoryColumn(c.name())) continue;
                if (value("SELECT count(*)" + join + " WHERE " + String.format(condition, c.name())) > 0) {
                    rows += value("SELECT count(*) FROM dq_clean.healthcare." + t.name());
                    break;
                }
            }
        }
        return rows;
    }

    private static long value(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
