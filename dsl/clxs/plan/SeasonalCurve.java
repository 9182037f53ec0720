package clxs.plan;

import clxs.model.Seasonality;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The inverse of a seasonal calendar's cumulative distribution, as {@code K} equal-probability
 * slots: slot {@code i} covers day offsets {@code [starts[i], starts[i] + widths[i])}. Drawing a
 * slot uniformly and a point uniformly inside it gives dates with the seasonal month profile,
 * in two list look-ups per row, exactly on every engine.
 */
public record SeasonalCurve(double[] starts, double[] widths, long days) {

    /** Slots: enough to resolve months over multi-year windows while keeping the SQL short. */
    public static final int SLOTS = 128;

    public static SeasonalCurve of(Seasonality seasonality, LocalDate from, LocalDate to) {
        int days = (int) (ChronoUnit.DAYS.between(from, to) + 1);
        double[] cumulative = new double[days + 1];
        for (int d = 0; d < days; d++) {
            cumulative[d + 1] = cumulative[d] + seasonality.monthWeight(from.plusDays(d).getMonthValue());
        }
        double total = cumulative[days];
        double[] knots = new double[SLOTS + 1];
        int day = 0;
        for (int k = 0; k <= SLOTS; k++) {
            double target = total * k / SLOTS;
            while (day < days - 1 && cumulative[day + 1] < target) day++;
            double inDay = cumulative[day + 1] - cumulative[day];
            double frac = inDay <= 0 ? 0 : (target - cumulative[day]) / inDay;
            knots[k] = Math.min(days, day + Math.max(0, Math.min(1, frac)));
        }
        knots[0] = 0;
        knots[SLOTS] = days;
        double[] starts = new double[SLOTS];
        double[] widths = new double[SLOTS];
        for (int k = 0; k < SLOTS; k++) {
            starts[k] = round3(knots[k]);
            widths[k] = round3(knots[k + 1] - knots[k]);
        }
        return new SeasonalCurve(starts, widths, days);
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
