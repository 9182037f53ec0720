package clxs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.industries.Industries;
import clxs.model.Column;
import clxs.model.Gen;
import clxs.model.Industry;
import clxs.model.Table;
import clxs.plan.Scd2Dimensions;
import clxs.result.RunResult;
import clxs.settings.DqProfile;
import clxs.support.CliRun;
import clxs.support.Duck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a customer notices in a demo (issue 18, item 10): the last month and quarter of a time
 * series are whole (the end date is the first day after the window), SCD2 versions do not begin
 * before their row was created, a summary view comes ordered, and timestamps print without a
 * {@code .0}. Every industry at a small scale with the star schema and the default window.
 */
class CustomerVisibleDataTest {

    @TempDir
    static Path dir;

    static Duck db;

    @BeforeAll
    static void generate() {
        RunResult r = DemoCatalog.named("seen").industries(Industries.all()).scale(0.0005).seed(3).starSchema().medallion(false)
                .createVolumes(false).dqProfile(DqProfile.CLEAN).generate(LocalEngine.in(dir).quiet());
        assertTrue(r.succeeded(), r.toString());
        db = Duck.open(dir, "seen");
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
    }

    @Test
    void theLastMonthOfEveryEventTableIsAWholeMonth() {
        int checked = 0;
        for (Industry industry : Industries.all()) {
            for (Table t : industry.tables()) {
                Column date = t.dateColumn() == null ? null : t.column(t.dateColumn()).orElseThrow();
                if (date == null || !windowed(date.gen()) || t.rowsAt(0.0005) < 5_000) continue;
                String table = industry.name() + "." + t.name();
                List<Object> r = db.rows("SELECT CAST(max(" + date.name() + ") AS DATE), "
                        + "count(*) FILTER (WHERE " + date.name() + " >= DATE '2024-12-01'), count(*) / 60.0 FROM " + table).get(0);
                String last = r.get(0).toString();
                assertTrue(last.compareTo("2024-12-24") >= 0 && last.compareTo("2024-12-31") <= 0,
                        table + ": the window ends the day before the end date 2025-01-01, last " + last);
                double december = ((Number) r.get(1)).doubleValue();
                double averageMonth = ((Number) r.get(2)).doubleValue();
                // an inclusive end date made the last month a single day, about 1/30 of a month
                assertTrue(december > 0.3 * averageMonth, table + ": December 2024 has " + december + " rows, an average month " + averageMonth);
                checked++;
            }
        }
        assertTrue(checked >= 10, "event tables checked: " + checked);
        assertEquals(0, db.longValue("SELECT count(*) FROM healthcare.claims WHERE submitted_date >= DATE '2025-01-01'"));
    }

    @Test
    void theKimballQuerysLastQuarterIsAWholeQuarter() {
        List<List<Object>> quarters = db.rows("SELECT d.year, d.quarter, COUNT(*) FROM healthcare_star.fct_claims f "
                + "JOIN healthcare_star.dim_date d ON f.submitted_date = d.date_key GROUP BY d.year, d.quarter ORDER BY 1, 2");
        assertEquals(20, quarters.size(), "five whole years of quarters: " + quarters);
        List<Object> last = quarters.get(quarters.size() - 1);
        assertEquals(List.of(2024, 4), List.of(((Number) last.get(0)).intValue(), ((Number) last.get(1)).intValue()));
        double average = quarters.stream().mapToLong(q -> ((Number) q.get(2)).longValue()).average().orElseThrow();
        assertTrue(((Number) last.get(2)).longValue() > 0.7 * average, "last quarter " + last + " against an average of " + average);
        assertEquals("2024-12-31", db.value("SELECT CAST(max(date_key) AS VARCHAR) FROM healthcare_star.dim_date"));
    }

    @Test
    void anScd2VersionNeverBeginsBeforeItsRowWasCreated() {
        List<String> checked = new ArrayList<>();
        for (Industry industry : Industries.all()) {
            for (String table : scd2TablesWithACreationColumn(industry)) {
                String created = creationColumn(industry.requireTable(table));
                String name = industry.name() + "." + table;
                long rows = db.longValue("SELECT count(*) FROM " + name);
                assertTrue(rows > 0, name);
                assertEquals(0, db.longValue("SELECT count(*) FROM " + name + " WHERE valid_from < CAST(" + created + " AS DATE)"),
                        name + ": valid_from before " + created);
                // still a history column: not simply the creation day everywhere
                assertTrue(db.longValue("SELECT count(*) FROM " + name + " WHERE valid_from > CAST(" + created + " AS DATE)") > 0, name);
                checked.add(name);
            }
        }
        assertTrue(checked.contains("healthcare.patients") && checked.size() >= 10, "checked: " + checked);
    }

    @Test
    void theClaimSummaryComesOrderedByClaims() {
        List<List<Object>> rows = db.rows("SELECT status, claim_count FROM healthcare.v_claim_summary");
        assertTrue(rows.size() >= 5, rows.toString());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(((Number) rows.get(i - 1).get(1)).longValue() >= ((Number) rows.get(i).get(1)).longValue(), "not ordered: " + rows);
        }
    }

    @Test
    void timestampsPrintWithoutAZeroFraction() {
        CliRun run = CliRun.of("query", "--local-dir", dir.toString(), "select patient_id, created_at from seen.healthcare.patients order by 1 limit 5");
        assertEquals(0, run.exitCode(), run.toString());
        Matcher m = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?").matcher(run.out());
        int timestamps = 0;
        while (m.find()) {
            assertEquals(null, m.group(1), "a zero fraction in " + m.group());
            timestamps++;
        }
        assertEquals(5, timestamps, run.out());
        CliRun csv = CliRun.of("query", "--local-dir", dir.toString(), "--format", "csv", "select TIMESTAMP '2024-03-01 18:00:42.5' AS t");
        assertTrue(csv.out().contains("2024-03-01 18:00:42.5"), "a real fraction stays: " + csv.out());
        assertFalse(run.out().contains(".0 "), run.out());
    }

    private static boolean windowed(Gen gen) {
        return gen instanceof Gen.DateRange d && d.to() == null || gen instanceof Gen.TimestampRange t && t.to() == null;
    }

    /** The dimensions that carry the SCD2 columns and say when each row was created. */
    private static List<String> scd2TablesWithACreationColumn(Industry industry) {
        List<String> out = new ArrayList<>();
        for (Table t : Scd2Dimensions.apply(industry).tables()) {
            if (t.column("valid_from").isPresent() && creationColumn(t) != null) out.add(t.name());
        }
        return out;
    }

    private static String creationColumn(Table t) {
        for (String c : List.of("created_at", "created_date", "opened_date", "open_date", "activation_date", "install_date", "enrolled_date",
                "commissioned", "hire_date", "origination_date")) {
            if (t.column(c).isPresent()) return c;
        }
        return null;
    }
}
