package clxs.stream;

import clxs.format.NdjsonEncoder;
import clxs.format.Timestamps;
import clxs.model.RowSchema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The devices of one stream and its position: which event comes next, which tick, and the late
 * and duplicate deliveries held back. Event {@code k} (0-based, {@code event_id = k + 1}) belongs
 * to device {@code k % num_devices}; with several threads each device stays on one thread
 * ({@code device % threads}), so a device's events come in order and the output does not depend
 * on the thread count.
 *
 * <p>Per event, after its values, the device's delivery generator draws (only for the knobs that
 * are on): late ({@code u < late_rate}, then a delay of {@code 1 + index(max_delay_ticks)} ticks),
 * duplicate ({@code u < duplicate_rate}, then {@code index(max_delay_ticks + 1)} ticks after the
 * original's delivery), and for each nullable field in order {@code u < null_rate} makes it null.
 */
final class Generator implements AutoCloseable {

    static final int LATE = 0;
    static final int DUPLICATE = 1;
    private static final int PARALLEL_MIN_ROWS = 2_048;

    record Pending(long due, long eventId, int kind, Object[] row) {}

    private final DeviceProgram program;
    private final RowSchema schema;
    private final long seed;
    private final Device[] devices;
    private final double lateRate, duplicateRate, nullRate;
    private final long maxDelayTicks;
    private final int[] nullable;
    private final int threads;
    private final ExecutorService pool;
    private final TreeMap<Long, List<Pending>> pending = new TreeMap<>();
    private int pendingCount;

    long nextEventIndex;
    long nextTick;
    long generated, lateInjected, duplicatesInjected, nullsInjected;
    long firstCapturedMicros = Long.MIN_VALUE, lastCapturedMicros = Long.MIN_VALUE;

    private Generator(DeviceProgram program, long seed, Device[] devices, StreamSettings s) {
        this.program = program;
        this.schema = program.schema();
        this.seed = seed;
        this.devices = devices;
        this.lateRate = s.lateRate();
        this.duplicateRate = s.duplicateRate();
        this.nullRate = s.nullRate();
        this.maxDelayTicks = s.maxDelayTicks();
        List<Integer> n = new ArrayList<>();
        for (int i = 0; i < program.profile().fields().size(); i++) if (schema.field(i).nullable()) n.add(i);
        this.nullable = n.stream().mapToInt(Integer::intValue).toArray();
        this.threads = s.threads();
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "clxs-stream-generator");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    static Generator fresh(DeviceProgram program, long seed, StreamSettings s) {
        Device[] devices = new Device[s.numDevices()];
        for (int i = 0; i < devices.length; i++) devices[i] = program.newDevice(seed, i);
        return new Generator(program, seed, devices, s);
    }

    static Generator resume(DeviceProgram program, StreamState state, StreamSettings s) {
        Device[] devices = new Device[state.numDevices()];
        for (DeviceState d : state.devices()) {
            if (d.device() < 0 || d.device() >= devices.length || devices[d.device()] != null) throw new IllegalArgumentException("the state lists device " + d.device() + " twice or out of range");
            devices[d.device()] = program.restore(d);
        }
        Generator g = new Generator(program, state.seed(), devices, s);
        g.nextEventIndex = state.nextEventId() - 1;
        g.nextTick = state.nextTick();
        for (StreamState.PendingEvent p : state.pending()) {
            int kind = switch (p.kind()) {
                case "late" -> LATE;
                case "duplicate" -> DUPLICATE;
                default -> throw new IllegalArgumentException("a pending delivery is late or duplicate, not " + p.kind());
            };
            g.hold(new Pending(p.dueTick(), p.eventId(), kind, StateRows.row(g.schema, p.values())));
        }
        return g;
    }

    /**
     * Makes events {@code from .. to-1} of the current tick ({@code j}-th event of the tick captured
     * at {@code tickOrigin + floor(j * interval / perTick)}); returns those delivered on time, in
     * order, and holds the rest back.
     */
    List<Object[]> generate(int from, int to, long tickOrigin, long intervalMicros, int perTick) throws InterruptedException {
        int n = to - from;
        long k0 = nextEventIndex;
        Object[][] rows = new Object[n][];
        int[] late = new int[n];
        int[] dup = new int[n];
        long[] nulls = new long[threads];
        if (pool == null || n < PARALLEL_MIN_ROWS) {
            work(0, 1, k0, from, n, tickOrigin, intervalMicros, perTick, rows, late, dup, nulls);
        } else {
            List<Future<?>> parts = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                parts.add(pool.submit(() -> work(worker, threads, k0, from, n, tickOrigin, intervalMicros, perTick, rows, late, dup, nulls)));
            }
            for (Future<?> f : parts) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
            }
        }
        List<Object[]> onTime = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long eventId = k0 + i + 1;
            long delivered = nextTick + late[i];
            if (late[i] > 0) {
                hold(new Pending(delivered, eventId, LATE, rows[i]));
                lateInjected++;
            } else {
                onTime.add(rows[i]);
            }
            if (dup[i] >= 0) {
                hold(new Pending(delivered + dup[i], eventId, DUPLICATE, rows[i]));
                duplicatesInjected++;
            }
        }
        for (long c : nulls) nullsInjected += c;
        long first = tickOrigin + Math.floorDiv((long) from * intervalMicros, perTick);
        long last = tickOrigin + Math.floorDiv((long) (to - 1) * intervalMicros, perTick);
        if (firstCapturedMicros == Long.MIN_VALUE) firstCapturedMicros = first;
        lastCapturedMicros = Math.max(lastCapturedMicros, last);
        nextEventIndex = k0 + n;
        generated += n;
        return onTime;
    }

    private void work(int worker, int workers, long k0, int from, int n, long tickOrigin, long intervalMicros, int perTick,
            Object[][] rows, int[] late, int[] dup, long[] nulls) {
        int numDevices = devices.length;
        for (int i = 0; i < n; i++) {
            long k = k0 + i;
            int device = (int) (k % numDevices);
            if (device % workers != worker) continue;
            Device d = devices[device];
            long captured = tickOrigin + (long) (from + i) * intervalMicros / perTick;
            Object[] row = program.next(d, k + 1, captured);
            late[i] = lateRate > 0 && d.delivery.nextDouble() < lateRate ? (int) (1 + d.delivery.index(maxDelayTicks)) : 0;
            dup[i] = duplicateRate > 0 && d.delivery.nextDouble() < duplicateRate ? (int) d.delivery.index(maxDelayTicks + 1) : -1;
            if (nullRate > 0) {
                for (int f : nullable) {
                    if (d.delivery.nextDouble() < nullRate) {
                        row[f] = null;
                        nulls[worker]++;
                    }
                }
            }
            rows[i] = row;
        }
    }

    private void hold(Pending p) {
        pending.computeIfAbsent(p.due(), t -> new ArrayList<>()).add(p);
        pendingCount++;
    }

    /** The held-back deliveries due by the current tick (all of them when {@code all}), by event id, late before duplicate. */
    List<Object[]> takeDue(boolean all) {
        List<Pending> due = new ArrayList<>();
        for (Iterator<Map.Entry<Long, List<Pending>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, List<Pending>> e = it.next();
            if (!all && e.getKey() > nextTick) break;
            due.addAll(e.getValue());
            it.remove();
        }
        pendingCount -= due.size();
        due.sort((a, b) -> a.eventId() != b.eventId() ? Long.compare(a.eventId(), b.eventId()) : Integer.compare(a.kind(), b.kind()));
        List<Object[]> rows = new ArrayList<>(due.size());
        for (Pending p : due) rows.add(p.row());
        return rows;
    }

    void endTick() {
        nextTick++;
    }

    int pendingCount() {
        return pendingCount;
    }

    long seed() {
        return seed;
    }

    StreamState save() {
        List<DeviceState> states = new ArrayList<>(devices.length);
        for (Device d : devices) states.add(program.save(d));
        NdjsonEncoder encoder = NdjsonEncoder.of(schema);
        List<StreamState.PendingEvent> held = new ArrayList<>();
        for (List<Pending> list : pending.values()) {
            for (Pending p : list) {
                JsonNode values = StateRows.json(encoder, p.row());
                held.add(new StreamState.PendingEvent(p.due(), p.eventId(), p.kind() == LATE ? "late" : "duplicate", values));
            }
        }
        return new StreamState(StreamState.FORMAT, program.profile().name(), seed, devices.length, nextEventIndex + 1, nextTick, states, held);
    }

    java.time.Instant firstEventTime() {
        return firstCapturedMicros == Long.MIN_VALUE ? null : Timestamps.instant(firstCapturedMicros);
    }

    java.time.Instant lastEventTime() {
        return lastCapturedMicros == Long.MIN_VALUE ? null : Timestamps.instant(lastCapturedMicros);
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
