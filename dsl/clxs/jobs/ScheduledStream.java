package clxs.jobs;

import clxs.stream.Destination;
import clxs.stream.StreamLocation;
import clxs.format.Timestamps;
import clxs.stream.StreamSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stream to run as a scheduled Databricks Job, checked and complete: the stream's settings (the
 * same {@link StreamSettings} {@code clxs stream} runs, so the same limits hold), where it lands,
 * when it runs and on what. It renders, without any workspace, the notebook every run executes
 * ({@link #notebook()}) and the job that runs it ({@link #streamJob()}).
 *
 * <p>A schedule has a fixed seed: runs continue one stream, and the saved state belongs to that
 * seed and device count. Each run emits {@code total_duration_seconds / interval_seconds} ticks;
 * {@code startTime} is the first run's event time (null: a window ending when it runs); a run whose
 * saved event time is more than {@code maxLag} behind real time jumps to a window ending now.
 *
 * <pre>{@code
 * ScheduledStream s = ScheduledStream.of(StreamSettings.of(SMART_METER).seed(42L), new StreamLocation("demo", "iot", "events_volume"),
 *         Destination.VOLUME, Schedule.of("every-5-min", "UTC"), JobCompute.serverless());
 * String notebook = s.notebook();                  // the job's notebook (Python source)
 * StreamJob job = s.streamJob();                   // its Jobs API request, via DatabricksJobs
 * }</pre>
 */
public record ScheduledStream(StreamSettings settings, StreamLocation where, Destination destination, Schedule schedule, JobCompute compute,
        Instant startTime, Duration maxLag) {

    /** How far a run's saved event time may fall behind real time before the run jumps to now. */
    public static final Duration DEFAULT_MAX_LAG = Duration.ofHours(1);
    public static final String VOLUMES = "/Volumes";

    public ScheduledStream {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(maxLag, "maxLag");
        if (destination != Destination.VOLUME && destination != Destination.DIRECT_TABLE) {
            throw new InvalidScheduleException("destination", "a scheduled stream writes to volume (files) or direct_table, not " + (destination == null ? "nothing" : destination.id()));
        }
        if (settings.seed() == null) throw new InvalidScheduleException("seed", "a scheduled stream needs a fixed seed: its runs continue one stream");
        if (settings.backfill() != null) {
            throw new InvalidScheduleException("backfill", "a scheduled run emits total_duration_seconds of events; a backfill is for clxs stream "
                    + "(give the first run's event time with a start time instead)");
        }
        if (settings.resumeFrom() != null) throw new InvalidScheduleException("state", "a scheduled stream resumes from the state in its volume, not from a given state");
        if (maxLag.isNegative()) throw new InvalidScheduleException("max_lag_seconds", "max_lag_seconds must be 0 or more, not " + maxLag.toSeconds());
    }

    /** Starts at a window ending at the first run; jumps forward when over an hour behind. */
    public static ScheduledStream of(StreamSettings settings, StreamLocation where, Destination destination, Schedule schedule, JobCompute compute) {
        return new ScheduledStream(settings, where, destination, schedule, compute, null, DEFAULT_MAX_LAG);
    }

    public String profile() {
        return settings.profile().name();
    }

    public long seed() {
        return settings.seed();
    }

    /** The notebook's parameters besides the stream's identity (catalog, schema, volume, profile), as its widgets read them. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("destination", destination.id());
        p.put("num_devices", Integer.toString(settings.numDevices()));
        p.put("events_per_batch", Integer.toString(settings.eventsPerBatch()));
        p.put("interval_seconds", number(settings.intervalSeconds()));
        p.put("total_duration_seconds", number(settings.totalDurationSeconds()));
        p.put("seed", Long.toString(settings.seed()));
        p.put("late_rate", number(settings.lateRate()));
        p.put("max_delay_seconds", number(settings.maxDelaySeconds()));
        p.put("duplicate_rate", number(settings.duplicateRate()));
        p.put("null_rate", number(settings.nullRate()));
        p.put("start_time", startTime == null ? "" : Timestamps.iso(startTime));
        p.put("max_lag_seconds", number(maxLag.toNanos() / 1e9));
        return p;
    }

    /** Every widget the notebook defines and its default: the identity and {@link #parameters()}. */
    public Map<String, String> widgets() {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("catalog", where.catalog());
        w.put("schema", where.schema());
        w.put("volume", where.volume());
        w.put("profile", profile());
        w.putAll(parameters());
        return w;
    }

    /** The job: this stream's identity, schedule, compute and parameters. */
    public StreamJob streamJob() {
        return new StreamJob(profile(), where.catalog(), where.schema(), where.volume(), schedule, compute, parameters());
    }

    /** The notebook each run executes (a Databricks Python source notebook). */
    public String notebook() {
        return StreamNotebook.render(this);
    }

    /** {@code /Volumes/<catalog>/<schema>/<volume>}: the files' parent folder and the state's. */
    public String volumePath() {
        return VOLUMES + "/" + where.catalog() + "/" + where.schema() + "/" + where.volume();
    }

    /** {@code /Volumes/<catalog>/<schema>/<volume>/_state/<profile>.json}: delete it and the next run starts the stream over. */
    public String statePath() {
        return volumePath() + "/_state/" + profile() + ".json";
    }

    /** Where the events land: the files' folder or the bronze table. */
    public String landsIn() {
        return destination == Destination.VOLUME ? volumePath() + "/" + profile() + "/" : where.catalog() + "." + where.schema() + ".bronze_" + profile();
    }

    /** The request a dry run prints, the notebook at {@code notebookPath}. */
    public ScheduleDryRun dryRun(String notebookPath) {
        return new ScheduleDryRun(streamJob().request(notebookPath), notebook(), statePath());
    }

    public ScheduledStream settings(StreamSettings s) {
        return new ScheduledStream(s, where, destination, schedule, compute, startTime, maxLag);
    }

    public ScheduledStream schedule(Schedule s) {
        return new ScheduledStream(settings, where, destination, s, compute, startTime, maxLag);
    }

    public ScheduledStream compute(JobCompute c) {
        return new ScheduledStream(settings, where, destination, schedule, c, startTime, maxLag);
    }

    /** The first run's event time (null: a window ending when it runs). */
    public ScheduledStream startTime(Instant t) {
        return new ScheduledStream(settings, where, destination, schedule, compute, t, maxLag);
    }

    public ScheduledStream maxLag(Duration d) {
        return new ScheduledStream(settings, where, destination, schedule, compute, startTime, d);
    }

    /** A number as its shortest text that reads back as the same double (Python's float() included). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
