package clxs.engine;

import clxs.result.RunResult;

import static clxs.model.Gen.amount;
import static clxs.model.Gen.bool;
import static clxs.model.Gen.dates;
import static clxs.model.Gen.decimals;
import static clxs.model.Gen.fk;
import static clxs.model.Gen.ints;
import static clxs.model.Gen.normal;
import static clxs.model.Gen.oneOf;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.timestamps;
import static clxs.model.Gen.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.settings.DqProfile;
import clxs.model.Industry;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.Table;
import clxs.support.Duck;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generators' distributions, measured on 400,000 DuckDB rows: independent draws, normal
 * tails, log-normal medians, weights, skew, null rates and the seasonal calendar.
 */
class GeneratorStatisticsTest {

    private static final int ROWS = 400_000;
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    /** Three whole years: the window ends the day before the end date. */
    private static final LocalDate END = LocalDate.of(2024, 1, 1);

    @TempDir
    static Path dir;
    private static Duck db;

    @BeforeAll
    static void generate() {
        Industry stats = Industry.named("stats")
                .table(Table.dimension("parents", 1_000).col("parent_id", sequence(), "key"))
                .table(Table.fact("samples", ROWS)
                        .col("sample_id", sequence(), "key")
                        .col("u1", decimals(0, 1, 6, Skew.UNIFORM), "uniform")
                        .col("u2", decimals(0, 1, 6, Skew.UNIFORM), "uniform, another draw")
                        .col("z", normal(0, 1, -9, 9, 6), "standard normal")
                        .col("amount", amount(100, 0.8, 0.01, 1e9), "log-normal, median 100")
                        .col("letter", weighted("A", 70, "B", 20, "C", 10), "weighted")
                        .col("pick", oneOf("v", "w", "x", "y", "z"), "uniform choice")
                        .col("die", ints(1, 6), "uniform integer")
                        .col("flag", bool(0.3), "30% true")
                        .col("maybe", ints(1, 10).orNull(0.1), "10% NULL")
                        .col("parent_id", fk("parents", Skew.power(2)), "power-skewed key")
                        .col("q4_day", dates(Seasonality.Q4_SPIKE), "Q4 seasonality")
                        .col("weekday", dates(Seasonality.NONE.withWeekdays(Seasonality.BUSINESS_DAYS)), "business days")
                        .col("event_at", timestamps(Seasonality.NONE.withHours(Seasonality.OFFICE_HOURS)), "office hours"))
                .build();
        RunResult r = DemoCatalog.named("gen").industries(stats).scale(1).seed(99).dates(START, END).medallion(false).createVolumes(false).dqProfile(DqProfile.CLEAN)
                .generate(LocalEngine.in(dir).quiet());
        assertTrue(r.succeeded(), r.toString());
        db = Duck.open(dir, "gen");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static double value(String expression) {
        return db.doubleValue("SELECT " + expression + " FROM gen.stats.samples");
    }

    @Test
    void drawsOfOneRowAreIndependent() {
        assertEquals(0, value("corr(u1, u2)"), 0.01);
        assertEquals(0, value("corr(u1, z)"), 0.01);
        assertEquals(0, value("corr(CAST(die AS DOUBLE), u2)"), 0.01);
        assertEquals(0.5, value("avg(u1)"), 0.005);
        assertEquals(1.0 / 12, value("var_pop(u1)"), 0.002);
    }

    @Test
    void normalValuesHaveNormalTails() {
        assertEquals(0, value("avg(z)"), 0.01);
        assertEquals(1, value("stddev(z)"), 0.01);
        assertEquals(0.0228, value("avg(CASE WHEN z > 2 THEN 1.0 ELSE 0.0 END)"), 0.002);
        assertEquals(0.0228, value("avg(CASE WHEN z < -2 THEN 1.0 ELSE 0.0 END)"), 0.002);
        assertTrue(value("max(z)") > 3.5 && value("min(z)") < -3.5, "tails reach beyond 3.5 sd");
    }

    @Test
    void logNormalAmountsCentreOnTheirMedian() {
        assertEquals(100, value("median(amount)"), 3);
        assertEquals(0.8, value("stddev(ln(amount))"), 0.02);
        assertEquals(100 * Math.exp(0.32), value("avg(amount)"), 4);
    }

    @Test
    void weightsShareOutRows() {
        assertEquals(0.70, value("avg(CASE WHEN letter = 'A' THEN 1.0 ELSE 0.0 END)"), 0.004);
        assertEquals(0.10, value("avg(CASE WHEN letter = 'C' THEN 1.0 ELSE 0.0 END)"), 0.003);
        assertEquals(0.20, value("avg(CASE WHEN pick = 'z' THEN 1.0 ELSE 0.0 END)"), 0.004);
        assertEquals(1.0 / 6, value("avg(CASE WHEN die = 6 THEN 1.0 ELSE 0.0 END)"), 0.004);
        assertEquals(1, value("min(die)"));
        assertEquals(6, value("max(die)"));
        assertEquals(0.3, value("avg(CASE WHEN flag THEN 1.0 ELSE 0.0 END)"), 0.004);
        assertEquals(0.1, value("avg(CASE WHEN maybe IS NULL THEN 1.0 ELSE 0.0 END)"), 0.003);
    }

    @Test
    void powerSkewedKeysFavourEarlyParentsAndStayInRange() {
        // floor(1000 * u^2) < 100  <=>  u < sqrt(0.1)
        assertEquals(Math.sqrt(0.1), value("avg(CASE WHEN parent_id <= 100 THEN 1.0 ELSE 0.0 END)"), 0.004);
        assertEquals(1, value("min(parent_id)"));
        assertTrue(value("max(parent_id)") <= 1000);
    }

    @Test
    void seasonalDatesFollowTheMonthWeights() {
        double[] expected = new double[13];
        double total = 0;
        for (LocalDate d = START; d.isBefore(END); d = d.plusDays(1)) {
            expected[d.getMonthValue()] += Seasonality.Q4_SPIKE.monthWeight(d.getMonthValue());
            total += Seasonality.Q4_SPIKE.monthWeight(d.getMonthValue());
        }
        for (int m = 1; m <= 12; m++) {
            double share = value("avg(CASE WHEN month(q4_day) = " + m + " THEN 1.0 ELSE 0.0 END)");
            assertEquals(expected[m] / total, share, 0.004, "month " + m);
        }
        assertEquals(START.toString(), db.value("SELECT min(q4_day) FROM gen.stats.samples").toString());
        assertEquals(END.minusDays(1).toString(), db.value("SELECT max(q4_day) FROM gen.stats.samples").toString());
    }

    @Test
    void weekdayWeightsShapeTheWeek() {
        List<Double> w = Seasonality.BUSINESS_DAYS;
        double sum = w.stream().mapToDouble(Double::doubleValue).sum();
        for (DayOfWeek dow : DayOfWeek.values()) {
            int isodow = dow.getValue();
            double share = value("avg(CASE WHEN isodow(weekday) = " + isodow + " THEN 1.0 ELSE 0.0 END)");
            assertEquals(w.get(isodow - 1) / sum, share, 0.005, dow.toString());
        }
        assertTrue(db.value("SELECT min(weekday) FROM gen.stats.samples").toString().compareTo(START.toString()) >= 0);
        assertTrue(db.value("SELECT max(weekday) FROM gen.stats.samples").toString().compareTo(END.toString()) <= 0);
    }

    @Test
    void hourWeightsShapeTheDay() {
        List<Double> w = Seasonality.OFFICE_HOURS;
        double sum = w.stream().mapToDouble(Double::doubleValue).sum();
        for (int h : new int[] {3, 10, 14, 20}) {
            assertEquals(w.get(h) / sum, value("avg(CASE WHEN hour(event_at) = " + h + " THEN 1.0 ELSE 0.0 END)"), 0.004, "hour " + h);
        }
    }
}
