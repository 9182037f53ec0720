package clxs;

import clxs.databricks.Workspace;
import clxs.destination.CatalogKeys;
import clxs.destination.DatabricksDestinations;
import clxs.stream.Destination;
import clxs.destination.LocalDestinations;
import clxs.stream.StreamLocation;
import clxs.destination.ZerobusOptions;
import clxs.engine.LocalCatalogs;
import clxs.settings.InvalidDefinitionException;
import clxs.sink.Sink;
import clxs.stream.DeviceProfile;
import clxs.stream.Emitter;
import clxs.stream.EntityKeys;
import clxs.stream.StreamLimits;
import clxs.stream.StreamListener;
import clxs.stream.StreamPreset;
import clxs.stream.StreamRun;
import clxs.stream.StreamSettings;
import clxs.stream.StreamSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An immutable definition of a live device stream, next to a batch catalog: which profile, where
 * it lands, how fast and for how long. Every step returns a new spec, checked as it is made.
 *
 * <pre>{@code
 * StreamSummary s = demo("demo").stream(SMART_METER)          // catalog demo, schema iot, volume events_volume
 *     .devices(200).eventsPerBatch(500).interval(Duration.ofSeconds(5))
 *     .backfill(Duration.ofHours(24))                           // a day of event time, at full speed
 *     .destination(Destination.DIRECT_TABLE)                    // demo.iot.bronze_smart_meter
 *     .lateEvents(0.02, Duration.ofMinutes(2)).duplicates(0.01)
 *     .run();                                                   // locally, into ./clxs-data
 * }</pre>
 *
 * When the catalog holds the profile's industry (the smart meters of {@code energy}, the stores of
 * {@code retail}, ...), the stream's ids are that catalog's keys, so the stream joins its dimensions.
 */
public final class StreamSpec {

    private final StreamSettings settings;
    private final StreamLocation where;
    private final Destination destination;
    private final Path localDir;
    private final boolean joinCatalog;
    private final List<String> warnings;

    private StreamSpec(StreamSettings settings, StreamLocation where, Destination destination, Path localDir, boolean joinCatalog, List<String> warnings) {
        this.settings = settings;
        this.where = where;
        this.destination = destination;
        this.localDir = localDir;
        this.joinCatalog = joinCatalog;
        this.warnings = List.copyOf(warnings);
    }

    /** A stream of {@code profile} into catalog {@code catalog} (schema {@code iot}, volume {@code events_volume}) with the built-in limits. */
    public static StreamSpec of(DeviceProfile profile, String catalog) {
        return new StreamSpec(StreamSettings.of(profile), new StreamLocation(catalog, StreamLocation.DEFAULT_SCHEMA, StreamLocation.DEFAULT_VOLUME),
                Destination.VOLUME, null, true, List.of());
    }

    private StreamSpec with(UnaryOperator<StreamSettings> edit) {
        return new StreamSpec(edit.apply(settings), where, destination, localDir, joinCatalog, warnings);
    }

    private StreamSpec at(StreamLocation w) {
        return new StreamSpec(settings, w, destination, localDir, joinCatalog, warnings);
    }

    // ------------------------------------------------------------------ where

    public StreamSpec catalog(String name) { return at(where.withCatalog(name)); }

    public StreamSpec schema(String name) { return at(where.withSchema(name)); }

    public StreamSpec volume(String name) { return at(where.withVolume(name)); }

    public StreamSpec destination(Destination d) { return new StreamSpec(settings, where, d, localDir, joinCatalog, warnings); }

    /** Where local catalogs live (default {@code $CLXS_HOME} or {@code ./clxs-data}); its {@code streaming_limits.json} bounds the cadence. */
    public StreamSpec localDir(Path dir) {
        StreamLimits limits = StreamLimits.in(dir);
        StreamSettings s = settings;
        StreamSettings rebased = new StreamSettings(s.profile(), limits, s.eventsPerBatch(), s.intervalSeconds(), s.totalDurationSeconds(), s.numDevices(),
                s.seed(), s.startTime(), s.backfill(), s.lateRate(), s.maxDelaySeconds(), s.duplicateRate(), s.nullRate(), s.threads(), s.writeChunk(),
                s.keys(), s.resumeFrom(), s.carryPending());
        return new StreamSpec(rebased, where, destination, dir, joinCatalog, warnings);
    }

    /** Draw ids from the catalog's keys when it holds the profile's industry (on by default). */
    public StreamSpec joinCatalog(boolean join) { return new StreamSpec(settings, where, destination, localDir, join, warnings); }

    // ------------------------------------------------------------------ cadence

    public StreamSpec devices(int n) { return with(s -> s.numDevices(n)); }

    public StreamSpec eventsPerBatch(int n) { return with(s -> s.eventsPerBatch(n)); }

    public StreamSpec interval(Duration d) { return with(s -> s.intervalSeconds(d.toNanos() / 1e9)); }

    public StreamSpec intervalSeconds(double s) { return with(x -> x.intervalSeconds(s)); }

    /** How long the stream runs in real time ({@code total_duration_seconds}). */
    public StreamSpec duration(Duration d) { return with(s -> s.totalDurationSeconds(d.toNanos() / 1e9)); }

    public StreamSpec durationSeconds(double s) { return with(x -> x.totalDurationSeconds(s)); }

    /** Emit {@code window} of event time ending now, at full speed: history for a demo in seconds. */
    public StreamSpec backfill(Duration window) { return with(s -> s.backfill(window)); }

    /** The event time of the first event (a virtual clock from there, at full speed while it is in the past). */
    public StreamSpec startTime(Instant t) { return with(s -> s.startTime(t)); }

    public StreamSpec seed(long seed) { return with(s -> s.seed(seed)); }

    /** A share of events delivered late, up to {@code maxDelay} after their event time (a watermark has something to catch). */
    public StreamSpec lateEvents(double rate, Duration maxDelay) { return with(s -> s.late(rate, maxDelay.toNanos() / 1e9)); }

    /** A share of events delivered again, with the same {@code event_id}. */
    public StreamSpec duplicates(double rate) { return with(s -> s.duplicates(rate)); }

    /** A share of nullable values left NULL. */
    public StreamSpec nulls(double rate) { return with(s -> s.nullRate(rate)); }

    /** Generator threads; the events do not depend on it. */
    public StreamSpec threads(int n) { return with(s -> s.threads(n)); }

    /** A Clone-Xs preset: destination and cadence in one word, clamped to the limits (a warning says so). */
    public StreamSpec preset(StreamPreset p) {
        List<String> w = new ArrayList<>(warnings);
        StreamSettings s = settings.preset(p, w::add);
        return new StreamSpec(s, where, Destination.of(p.destination()), localDir, joinCatalog, w);
    }

    // ------------------------------------------------------------------ reading it back

    public StreamSettings settings() { return settings; }

    public StreamLocation location() { return where; }

    public Destination destination() { return destination; }

    public DeviceProfile profile() { return settings.profile(); }

    /** Warnings from building the spec (a preset clamped to the limits). */
    public List<String> warnings() { return warnings; }

    public Path localDirOrDefault() { return localDir != null ? localDir : LocalCatalogs.defaultDir(); }

    // ------------------------------------------------------------------ running it

    /** Runs locally to the end and returns the summary. */
    public StreamSummary run() {
        return run(StreamListener.NONE);
    }

    public StreamSummary run(StreamListener listener) {
        try {
            return start(listener, System.out).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Starts the run locally in the background ({@link StreamRun#cancel()} stops it within a tick's
     * chunk); {@code stdout} is where the {@code stdout} destination writes.
     */
    public StreamRun start(StreamListener listener, PrintStream stdout) {
        LocalDestinations local = new LocalDestinations(localDirOrDefault(), stdout);
        local.check(destination);
        StreamSettings bound = settings;
        if (joinCatalog) {
            CatalogKeys keys;
            try {
                keys = CatalogKeys.local(local.catalogFile(where.catalog()), where.catalog(), settings.profile());
            } catch (SQLException e) {
                throw new InvalidDefinitionException("catalog_name", "cannot read the keys of catalog " + where.catalog() + ": " + e.getMessage());
            }
            bound = bind(bound, keys);
            keys.notes().forEach(n -> listener.warning("ids: " + n));
        }
        warnings.forEach(listener::warning);
        Sink sink = local.sink(destination, where, settings.profile().name(), bound.schema(), listener::warning);
        return Emitter.system().start(bound, sink, listener);
    }

    /**
     * Starts the run on a Databricks workspace: volume files through the Files API, a bronze
     * streaming table, {@code INSERT}s through the SQL warehouse, or Zerobus ({@code zerobus} null
     * unless the destination is Zerobus).
     */
    public StreamRun startOn(Workspace workspace, ZerobusOptions zerobus, StreamListener listener, PrintStream stdout) {
        DatabricksDestinations remote = new DatabricksDestinations(workspace, zerobus, stdout);
        StreamSettings bound = settings;
        if (joinCatalog && destination != Destination.STDOUT) {
            try {
                CatalogKeys keys = remote.keys(where.catalog(), settings.profile());
                bound = bind(bound, keys);
                keys.notes().forEach(n -> listener.warning("ids: " + n));
            } catch (SQLException e) {
                // a catalog that cannot be read yet (it is created by the run) keeps the profile's own ids
                listener.warning("ids: the profile's own (the catalog's keys could not be read: " + workspace.redact(String.valueOf(e.getMessage())) + ")");
            }
        }
        warnings.forEach(listener::warning);
        double eventsPerSecond = bound.eventsPerBatch() / bound.intervalSeconds();
        Sink sink = remote.sink(destination, where, settings.profile().name(), bound.schema(), eventsPerSecond, listener::warning);
        return Emitter.system().start(bound, sink, listener);
    }

    /**
     * Runs this stream as a scheduled Databricks Job instead ({@code every-5-min}, {@code hourly},
     * {@code weekdays-9am} or a Quartz cron, UTC): each run continues where the last one stopped.
     */
    public StreamSchedule schedule(String cronOrPreset) { return StreamSchedule.of(this, cronOrPreset); }

    /** {@code settings} with the catalog's keys bound. */
    public static StreamSettings bind(StreamSettings settings, CatalogKeys keys) {
        StreamSettings s = settings;
        for (Map.Entry<String, EntityKeys> k : keys.keys().entrySet()) s = s.key(k.getKey(), k.getValue());
        return s;
    }

    @Override
    public String toString() {
        return "StreamSpec[" + settings.profile().name() + " -> " + destination.id() + " " + where.catalog() + "." + where.schema() + ", "
                + settings.numDevices() + " devices, " + settings.eventsPerBatch() + " events every " + settings.intervalSeconds() + " s]";
    }
}
