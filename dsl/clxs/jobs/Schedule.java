package clxs.jobs;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * When a scheduled job runs: a Quartz cron expression (6 fields, or 7 with the year), read the way
 * Databricks Jobs reads it, in a time zone. Checked here, before anything is uploaded, with
 * Quartz's own {@link CronExpression}: the syntax, that it ever fires, and that no two runs are
 * less than {@link #MIN_INTERVAL} apart (Databricks refuses faster schedules).
 *
 * <pre>{@code
 * Schedule.of("every-5-min", null)              // 0 0/5 * * * ?  in UTC
 * Schedule.of("0 30 6 ? * MON-FRI", "Europe/Paris")
 * }</pre>
 */
public record Schedule(String quartzCron, String timeZone) {

    public static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    public static final String DEFAULT_TIME_ZONE = "UTC";

    /** How far ahead the interval check looks: enough runs to meet every pattern of a year. */
    private static final int SCAN_RUNS = 10_000;
    private static final Duration SCAN_SPAN = Duration.ofDays(367);

    /** Named schedules, as the seed's quick presets. */
    public static final Map<String, String> PRESETS = presets();

    /** Every five minutes, UTC (static fields above are initialised first: this constructor uses them). */
    public static final Schedule EVERY_5_MINUTES = of("every-5-min", null);

    public Schedule {
        quartzCron = normalise(quartzCron);
        timeZone = timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone.strip();
        checkTimeZone(timeZone);
        CronExpression cron = parse(quartzCron, timeZone);
        checkInterval(quartzCron, cron);
    }

    /**
     * A schedule from a preset name ({@code every-5-min}, {@code hourly}, {@code weekdays-9am}) or a
     * Quartz expression, in {@code timeZone} (a region id such as {@code Europe/Paris}; null means UTC).
     *
     * @throws InvalidScheduleException naming {@code cron} or {@code time_zone} and what is wrong
     */
    public static Schedule of(String cronOrPreset, String timeZone) {
        if (cronOrPreset == null || cronOrPreset.isBlank()) throw new InvalidScheduleException("cron", "no schedule given: use a preset (" + String.join(", ", PRESETS.keySet()) + ") or a Quartz cron expression");
        String cron = PRESETS.getOrDefault(cronOrPreset.strip(), cronOrPreset);
        return new Schedule(cron, timeZone);
    }

    /** The next {@code n} runs after {@code after}. */
    public List<Instant> nextRuns(Instant after, int n) {
        CronExpression cron = parse(quartzCron, timeZone);
        List<Instant> out = new ArrayList<>();
        Date at = Date.from(after);
        while (out.size() < n && (at = cron.getNextValidTimeAfter(at)) != null) out.add(at.toInstant());
        return out;
    }

    private static String normalise(String cron) {
        if (cron == null || cron.isBlank()) throw new InvalidScheduleException("cron", "the cron expression is empty");
        String[] fields = cron.strip().split("\\s+");
        if (fields.length != 6 && fields.length != 7) {
            throw new InvalidScheduleException("cron", "'" + cron.strip() + "' has " + fields.length + " fields; a Quartz cron has 6 (second minute hour day-of-month month day-of-week) "
                    + "or 7 (with the year), e.g. '0 0/5 * * * ?', or use a preset: " + String.join(", ", PRESETS.keySet()));
        }
        return String.join(" ", fields);
    }

    private static void checkTimeZone(String zone) {
        // Databricks takes Java time zone ids; a region or UTC/GMT, not a bare offset such as +02:00
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidScheduleException("time_zone", "'" + zone + "' is not a time zone id; use a region such as UTC, Europe/Paris or America/New_York");
        }
    }

    private static CronExpression parse(String cron, String zone) {
        try {
            CronExpression c = new CronExpression(cron);
            c.setTimeZone(TimeZone.getTimeZone(ZoneId.of(zone)));
            return c;
        } catch (ParseException | RuntimeException e) {
            // Quartz throws unchecked exceptions for some malformed fields as well
            throw new InvalidScheduleException("cron", "'" + cron + "' is not a valid Quartz cron expression: " + e.getMessage());
        }
    }

    /** Walks the coming runs (up to a year's patterns) and refuses the schedule if two are under {@link #MIN_INTERVAL} apart. */
    private static void checkInterval(String text, CronExpression cron) {
        Date first = cron.getNextValidTimeAfter(new Date());
        if (first == null) throw new InvalidScheduleException("cron", "'" + text + "' never fires again");
        Instant end = first.toInstant().plus(SCAN_SPAN);
        Date previous = first;
        for (int i = 0; i < SCAN_RUNS; i++) {
            Date next = cron.getNextValidTimeAfter(previous);
            if (next == null || next.toInstant().isAfter(end)) return;
            Duration gap = Duration.between(previous.toInstant(), next.toInstant());
            if (gap.compareTo(MIN_INTERVAL) < 0) {
                throw new InvalidScheduleException("cron", "'" + text + "' runs " + gap.toSeconds() + " s apart (" + previous.toInstant() + " and " + next.toInstant()
                        + "); Databricks needs at least " + MIN_INTERVAL.toSeconds() + " s between runs");
            }
            previous = next;
        }
    }

    private static Map<String, String> presets() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("every-5-min", "0 0/5 * * * ?");
        p.put("hourly", "0 0 * * * ?");
        p.put("weekdays-9am", "0 0 9 ? * MON-FRI");
        return java.util.Collections.unmodifiableMap(p);
    }

    /** The preset names. */
    public static Set<String> presetNames() {
        return PRESETS.keySet();
    }
}
