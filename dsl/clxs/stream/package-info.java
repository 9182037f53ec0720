/**
 * Live IoT event streams: ten {@link clxs.stream.DeviceProfile device profiles} written as data,
 * one interpreter ({@link clxs.stream.DeviceProgram}), and the {@link clxs.stream.Emitter} that
 * ticks them into a {@link clxs.sink.Sink}.
 *
 * <pre>{@code
 * StreamSettings s = StreamSettings.of(DeviceProfiles.SMART_METER, StreamLimits.in(localDir))
 *     .numDevices(50).seed(42L).backfill(Duration.ofHours(24));
 * try (Sink sink = new NdjsonFileSink(volumeDir, "smart_meter")) {
 *     StreamSummary summary = Emitter.system().run(s, sink, StreamListener.NONE);
 *     summary.state().write(stateFile);                 // resume later with s.resumeFrom(StreamState.read(stateFile))
 * }
 * }</pre>
 *
 * <h2>The reproducibility contract</h2>
 *
 * Everything below is exact, so another language reproduces the events byte for byte;
 * {@code templates/notebooks/clxs_stream.py} is a standard-library Python implementation, checked
 * against this package by {@code PythonPortTest}. Integers are unbounded in the text below unless
 * "64-bit" is said; 64-bit arithmetic is modulo 2^64 with logical shifts.
 *
 * <h3>1. Generators</h3>
 * SplitMix64, exactly as in {@link clxs.stream.SplitMix64}: {@code nextLong}, {@code nextDouble =
 * (nextLong >> 11) * 2^-53}, {@code index(n) = ((nextLong >> 32) * n) >> 32}. Each device
 * {@code i} (0-based) of a stream with seed {@code S} and profile {@code P} has two generators:
 * values {@code seedOf(S, P, i)} and deliveries {@code seedOf(S, P + "/delivery", i)}, where
 * {@code seedOf(S, name, i) = mix64(mix64(S ^ fnv1a64(utf8(name))) + (i + 1) * 0x9E3779B97F4A7C15)}
 * (the seed as a 64-bit two's complement value).
 *
 * <h3>2. Devices and events</h3>
 * Event {@code k} (0-based across the stream, {@code event_id = k + 1}) belongs to device
 * {@code k mod num_devices}. All devices are created when the stream starts, in index order:
 * creating a device runs every field's rule tree in field order, each tree children first (left
 * to right), then the node's own creation draw: {@code Num.Sticky}/{@code Text.Sticky} evaluate
 * their value, {@code Num.Walk} evaluates {@code start}, a STICKY {@code Key} draws
 * {@code index(count)}, a DEVICE {@code Key} takes position {@code i mod count} (no draw); a
 * {@code Session} starts with no id and 0 events left. Making an event: if the profile has a
 * {@link clxs.stream.Condition}, draw {@code u}; if {@code u < leave[phase]} move to the next
 * phase (cyclically); then {@code level += (target[phase] - level) * approach}. Then every field
 * in order is evaluated as its record's Javadoc says ({@link clxs.stream.Num},
 * {@link clxs.stream.Text}, {@link clxs.stream.Cond}): operands left to right, only the taken
 * branch of an {@code If}, {@code Any}/{@code All} stop at the first deciding operand,
 * {@code Concat} evaluates every part; {@code min(a, b) = b < a ? b : a},
 * {@code max(a, b) = b > a ? b : a}; "no value" is NaN (comparisons with it are false, arithmetic
 * keeps it, {@code floor}/{@code sqrt} of it are NaN, a field holding it is null).
 *
 * <h3>3. Rounding</h3>
 * A DOUBLE field with {@code d} decimals holds {@code floor(x * P[d] + 0.5) / P[d]} (IEEE double
 * operations, {@code P = [1.0, 10.0, ..., 1e9]}); an INT or BIGINT field holds
 * {@code floor(x + 0.5)}; {@code Text.Format} writes {@code floor(x + 0.5)}. A reference to a
 * field ({@code Num.Ref}) reads the rounded value. Nothing else rounds: state keeps full doubles.
 *
 * <h3>4. Deliveries</h3>
 * After an event's values, its device's delivery generator draws, only for the knobs that are on:
 * late ({@code u < late_rate}; then a delay of {@code 1 + index(max_delay_ticks)} ticks),
 * duplicate ({@code u < duplicate_rate}; then {@code index(max_delay_ticks + 1)} ticks after the
 * original's delivery), then for each nullable field in order {@code u < null_rate} nulls it
 * (a duplicate is the same row). {@code max_delay_ticks = max(1, ceil(max_delay_us / interval_us))}.
 *
 * <h3>5. Ticks and time</h3>
 * Microseconds: {@code us(s) = floor(s * 1e6 + 0.5)}. Tick {@code t} of a run covers
 * {@code events_per_batch} events; its {@code j}-th event has {@code captured_at = origin + t *
 * interval_us + floor(j * interval_us / events_per_batch)}; the origin is defined in
 * {@link clxs.stream.StreamSettings}. A tick's batch is its events in event order minus the late
 * ones, then the held-back deliveries due by this tick (absolute tick numbers continue across
 * resumed runs) ordered by {@code event_id}, late before duplicate. The run's last tick delivers
 * everything still held back, unless the run carries it in its saved state.
 *
 * <h3>6. Text</h3>
 * NDJSON lines as {@link clxs.format.NdjsonEncoder} writes them: fields in schema order, all
 * present, no spaces; DOUBLE as {@code floor(v * P[d] + 0.5)} written with exactly {@code d}
 * places ({@link clxs.format.JsonBuffer}); TIMESTAMP as {@code "yyyy-MM-ddTHH:mm:ss.ffffffZ"};
 * strings escaped as {@code \" \\ \n \r \t}, other control characters as a backslash, {@code u} and four lower-case hex digits,
 * everything else raw UTF-8.
 *
 * <h3>7. State</h3>
 * {@link clxs.stream.StreamState} documents the JSON; slot names are {@code <field>#<n>}, {@code n}
 * counting the field's stateful nodes in creation order. The IR itself is rendered as JSON by
 * {@link clxs.stream.ProfileJson}.
 */
package clxs.stream;
