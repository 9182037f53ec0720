package clxs.stream;

import clxs.model.RowSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything a stream run needs besides its sink, immutable and checked on construction (a bad
 * value throws {@link InvalidStreamSettingsException} naming the field and the bound). Start from
 * a profile and change what differs:
 *
 * <pre>{@code
 * StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER)
 *     .numDevices(50).eventsPerBatch(500).intervalSeconds(1).seed(42L)
 *     .backfill(Duration.ofHours(24))            // emit a day of event time at full speed
 *     .late(0.02, 30).duplicates(0.01).nullRate(0.005);
 * }</pre>
 *
 * Time: the event time of a run's first event is its <em>origin</em>: {@code startTime} when
 * given, else now minus {@code backfill} when given, else now minus one interval (so the first
 * tick is due at once); "now" is the clock's time truncated to the second. Tick {@code i} is due
 * at {@code origin + (i + 1) * interval} and its events are captured at
 * {@code origin + i * interval + floor(j * interval / events_per_batch)} for its {@code j}-th
 * event (microseconds). A run has {@code max(1, floor(duration / interval))} ticks, where the
 * duration is {@code backfill} when given, else {@code total_duration_seconds}; seconds become
 * microseconds by {@code floor(s * 1e6 + 0.5)}.
 *
 * @param seed          null to draw one (reported in the summary)
 * @param keys          key fields bound to a batch catalog's keys ({@link EntityLink})
 * @param resumeFrom    a saved state to continue from, or null
 * @param carryPending  keep late/duplicate deliveries that are not due by the last tick in the
 *                      saved state (a resumable run); otherwise they are delivered with the last tick
 * @param threads       generator threads (devices are partitioned; the output does not depend on it)
 * @param writeChunk    the most rows handed to the sink in one batch (the output does not depend on it)
 */
public record StreamSettings(DeviceProfile profile, StreamLimits limits, int eventsPerBatch, double intervalSeconds, double totalDurationSeconds,
        int numDevices, Long seed, Instant startTime, Duration backfill, double lateRate, double maxDelaySeconds, double duplicateRate,
        double nullRate, int threads, int writeChunk, Map<String, EntityKeys> keys, StreamState resumeFrom, boolean carryPending) {

    public static final Duration MAX_BACKFILL = Duration.ofDays(366);

    public StreamSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(limits, "limits");
        keys = Map.copyOf(keys);
        limits.eventsPerBatch().check(eventsPerBatch);
        limits.intervalSeconds().check(intervalSeconds);
        limits.totalDurationSeconds().check(totalDurationSeconds);
        limits.numDevices().check(numDevices);
        rate("late_rate", lateRate);
        rate("duplicate_rate", duplicateRate);
        rate("null_rate", nullRate);
        if (!(maxDelaySeconds >= 0) || maxDelaySeconds > 86_400) {
            throw new InvalidStreamSettingsException("max_delay_seconds", "max_delay_seconds " + StreamLimits.text(maxDelaySeconds) + " must be 0..86400");
        }
        if (lateRate > 0 && maxDelaySeconds == 0) throw new InvalidStreamSettingsException("max_delay_seconds", "late events need a max_delay_seconds above 0");
        if (threads < 1 || threads > 256) throw new InvalidStreamSettingsException("threads", "threads " + threads + " must be 1..256");
        if (writeChunk < 1) throw new InvalidStreamSettingsException("write_chunk", "write_chunk " + writeChunk + " must be positive");
        if (backfill != null && (backfill.isNegative() || backfill.isZero() || backfill.compareTo(MAX_BACKFILL) > 0)) {
            throw new InvalidStreamSettingsException("backfill", "backfill " + backfill + " must be above 0 and at most " + MAX_BACKFILL.toDays() + " days");
        }
        try {
            profile.schema(keys);
        } catch (IllegalArgumentException e) {
            throw new InvalidStreamSettingsException("keys", e.getMessage());
        }
        if (profile.deviceId().rule() instanceof Rule.Key k) {
            EntityKeys ids = keys.getOrDefault(profile.deviceId().name(), k.defaults());
            if (ids.count() < numDevices) {
                throw new InvalidStreamSettingsException("num_devices", "num_devices " + numDevices + " is above the " + ids.count() + " keys " + profile.deviceId().name()
                        + " is bound to" + profile.link(profile.deviceId().name()).map(l -> " (" + l.parent() + ")").orElse(""));
            }
        }
        if (resumeFrom != null) {
            if (!resumeFrom.profile().equals(profile.name())) throw new InvalidStreamSettingsException("state", "the saved state is of profile " + resumeFrom.profile() + ", not " + profile.name());
            if (resumeFrom.numDevices() != numDevices) throw new InvalidStreamSettingsException("num_devices", "num_devices " + numDevices + " differs from the saved state's " + resumeFrom.numDevices());
            if (seed != null && seed != resumeFrom.seed()) throw new InvalidStreamSettingsException("seed", "seed " + seed + " differs from the saved state's " + resumeFrom.seed());
        }
    }

    private static void rate(String field, double r) {
        if (!(r >= 0 && r <= 1)) throw new InvalidStreamSettingsException(field, field + " " + StreamLimits.text(r) + " must be 0..1");
    }

    /** The profile with the built-in limits' defaults and its own default device count. */
    public static StreamSettings of(DeviceProfile profile) {
        return of(profile, StreamLimits.DEFAULTS);
    }

    /** The profile with {@code limits}' defaults; the device count is the profile's, clamped to the limits. */
    public static StreamSettings of(DeviceProfile profile, StreamLimits limits) {
        int devices = (int) Math.min(limits.numDevices().max(), Math.max(limits.numDevices().min(), profile.defaultDevices()));
        return new StreamSettings(profile, limits, (int) (double) limits.eventsPerBatch().defaultValue(), limits.intervalSeconds().defaultValue(),
                limits.totalDurationSeconds().defaultValue(), devices, null, null, null, 0, 30, 0, 0, 1, 100_000, Map.of(), null, false);
    }

    // ---------------------------------------------------------------- withers
    public StreamSettings eventsPerBatch(int n) {
        return new StreamSettings(profile, limits, n, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    public StreamSettings intervalSeconds(double s) {
        return new StreamSettings(profile, limits, eventsPerBatch, s, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    public StreamSettings totalDurationSeconds(double s) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, s, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    public StreamSettings numDevices(int n) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, n, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    public StreamSettings seed(Long s) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, s, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    public StreamSettings startTime(Instant t) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, t, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    /** Emit this much event time at full speed, ending now (or starting at {@link #startTime}). */
    public StreamSettings backfill(Duration d) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, d, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    /** A share {@code rate} of events arrives 1..ceil(maxDelaySeconds / interval) ticks late, with its original event time. */
    public StreamSettings late(double rate, double maxDelaySeconds) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, rate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    /** A share {@code rate} of events is delivered a second time (same {@code event_id}), 0..max-delay ticks after the first. */
    public StreamSettings duplicates(double rate) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, rate, nullRate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    /** Each nullable field of an event is null with this probability. */
    public StreamSettings nullRate(double rate) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, rate, threads, writeChunk, keys, resumeFrom, carryPending);
    }

    public StreamSettings threads(int n) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, n, writeChunk, keys, resumeFrom, carryPending);
    }

    public StreamSettings writeChunk(int rows) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, rows, keys, resumeFrom, carryPending);
    }

    /** Binds key {@code field} to {@code k} (e.g. the keys of the batch catalog's parent table). */
    public StreamSettings key(String field, EntityKeys k) {
        Map<String, EntityKeys> m = new LinkedHashMap<>(keys);
        m.put(field, k);
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, m, resumeFrom, carryPending);
    }

    /** Continue from {@code state}; its seed is used when none is set. */
    public StreamSettings resumeFrom(StreamState state) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, state, carryPending);
    }

    public StreamSettings carryPending(boolean carry) {
        return new StreamSettings(profile, limits, eventsPerBatch, intervalSeconds, totalDurationSeconds, numDevices, seed, startTime, backfill, lateRate,
                maxDelaySeconds, duplicateRate, nullRate, threads, writeChunk, keys, resumeFrom, carry);
    }

    /** The preset's cadence, each value clamped to the limits; {@code warnings} hears of every clamp. */
    public StreamSettings preset(StreamPreset p, Consumer<String> warnings) {
        return eventsPerBatch((int) limits.eventsPerBatch().clamp(p.eventsPerBatch(), warnings))
                .intervalSeconds(limits.intervalSeconds().clamp(p.intervalSeconds(), warnings))
                .totalDurationSeconds(limits.totalDurationSeconds().clamp(p.totalDurationSeconds(), warnings));
    }

    // ---------------------------------------------------------------- derived
    public RowSchema schema() {
        return profile.schema(keys);
    }

    public static long micros(double seconds) {
        return (long) Math.floor(seconds * 1e6 + 0.5);
    }

    public long intervalMicros() {
        return micros(intervalSeconds);
    }

    /** The event time a run covers: the backfill, else the total duration. */
    public long durationMicros() {
        return backfill != null ? backfill.toNanos() / 1_000 : micros(totalDurationSeconds);
    }

    public long ticks() {
        return Math.max(1, durationMicros() / intervalMicros());
    }

    /** The most ticks a late or duplicate delivery is held back. */
    public long maxDelayTicks() {
        long iv = intervalMicros();
        return Math.max(1, (micros(maxDelaySeconds) + iv - 1) / iv);
    }
}
