package clxs.model;

import java.util.Arrays;
import java.util.List;

/**
 * How event dates and times are spread over the calendar: a relative weight per month of the
 * year, optionally per day of the week (Monday first) and per hour of the day. Weights are
 * relative: {@code 1.5} for January means January is half again as busy as an average month.
 *
 * <pre>{@code
 * Seasonality.WINTER_PEAK                          // healthcare: flu season
 * Seasonality.Q4_SPIKE.withWeekdays(WEEKEND_HEAVY) // retail: holidays, busy weekends
 * }</pre>
 */
public record Seasonality(String name, List<Double> monthWeights, List<Double> weekdayWeights, List<Double> hourWeights) {

    private static final List<Double> FLAT_MONTHS = List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);

    /** No pattern: every day of the window equally likely. */
    public static final Seasonality NONE = new Seasonality("none", FLAT_MONTHS, null, null);
    /** Flu season: December to February well above the rest of the year. */
    public static final Seasonality WINTER_PEAK = monthly("winter_peak",
            1.55, 1.45, 1.10, 0.85, 0.75, 0.70, 0.70, 0.75, 0.85, 1.00, 1.20, 1.50);
    /** Holiday shopping: October to December, with a December spike. */
    public static final Seasonality Q4_SPIKE = monthly("q4_spike",
            0.85, 0.80, 0.85, 0.85, 0.90, 0.90, 0.90, 0.95, 0.90, 1.20, 1.70, 2.10);
    /** Air conditioning: June to August. */
    public static final Seasonality SUMMER_PEAK = monthly("summer_peak",
            0.95, 0.85, 0.80, 0.75, 0.85, 1.40, 1.70, 1.60, 1.10, 0.80, 0.80, 0.95);
    /** Academic year: the fall term starts in August and peaks in September and October. */
    public static final Seasonality FALL_TERM = monthly("fall_term",
            1.15, 0.95, 0.85, 0.80, 0.70, 0.45, 0.45, 1.30, 1.90, 1.55, 1.10, 0.80);
    /** Spring: March to May (renewals, storm season). */
    public static final Seasonality SPRING_PEAK = monthly("spring_peak",
            0.85, 0.90, 1.45, 1.65, 1.45, 1.00, 0.85, 0.80, 0.80, 0.80, 0.75, 0.90);

    /** Monday to Friday busy, weekends quiet (clinics, offices, B2B). */
    public static final List<Double> BUSINESS_DAYS = List.of(1.25, 1.2, 1.2, 1.2, 1.15, 0.5, 0.3);
    /** Weekends busiest (shopping, leisure). */
    public static final List<Double> WEEKEND_HEAVY = List.of(0.85, 0.8, 0.85, 0.9, 1.1, 1.45, 1.3);
    /** Office hours, 8:00 to 18:00. */
    public static final List<Double> OFFICE_HOURS = List.of(
            0.05, 0.03, 0.02, 0.02, 0.03, 0.1, 0.3, 0.9, 1.8, 2.2, 2.2, 2.0,
            1.7, 2.0, 2.1, 2.0, 1.7, 1.2, 0.6, 0.4, 0.3, 0.2, 0.1, 0.07);
    /** Consumer activity: a midday lift and an evening peak. */
    public static final List<Double> EVENING_PEAK = List.of(
            0.3, 0.2, 0.12, 0.1, 0.1, 0.15, 0.35, 0.6, 0.8, 0.9, 1.0, 1.15,
            1.3, 1.2, 1.1, 1.1, 1.2, 1.4, 1.7, 1.95, 2.0, 1.7, 1.1, 0.6);

    public Seasonality {
        check("month", monthWeights, 12);
        if (weekdayWeights != null) check("weekday", weekdayWeights, 7);
        if (hourWeights != null) check("hour", hourWeights, 24);
        monthWeights = List.copyOf(monthWeights);
        weekdayWeights = weekdayWeights == null ? null : List.copyOf(weekdayWeights);
        hourWeights = hourWeights == null ? null : List.copyOf(hourWeights);
    }

    /** A pattern from twelve month weights, January first. */
    public static Seasonality monthly(String name, double... janToDec) {
        return new Seasonality(name, Arrays.stream(janToDec).boxed().toList(), null, null);
    }

    /** The same months, with a day-of-week pattern (Monday first). */
    public Seasonality withWeekdays(List<Double> mondayToSunday) {
        return new Seasonality(name, monthWeights, mondayToSunday, hourWeights);
    }

    /** The same calendar, with an hour-of-day pattern for timestamps (hour 0 first). */
    public Seasonality withHours(List<Double> hour0To23) {
        return new Seasonality(name, monthWeights, weekdayWeights, hour0To23);
    }

    /** Weight of a month, 1 = January. */
    public double monthWeight(int month) {
        return monthWeights.get(month - 1);
    }

    public boolean isFlat() {
        return monthWeights.stream().distinct().count() == 1 && weekdayWeights == null;
    }

    private static void check(String what, List<Double> weights, int size) {
        if (weights.size() != size) {
            throw new IllegalArgumentException(what + " weights need " + size + " values, got " + weights.size());
        }
        for (Double w : weights) {
            if (w == null || !(w >= 0) || Double.isInfinite(w)) throw new IllegalArgumentException(what + " weights must be finite and >= 0: " + weights);
        }
        if (weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException(what + " weights must not all be zero");
        }
    }
}
