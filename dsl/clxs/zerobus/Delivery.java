package clxs.zerobus;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Gets records acknowledged over one or more Zerobus streams, and counts a record only once the
 * service has acknowledged it. clxs keeps its own copy of every request until its offset is
 * acknowledged, because the SDK 1.0.1's own recovery re-sends from an earlier offset and its
 * {@code recreateStream} re-sends nothing after a close. When a stream ends (the service closes
 * streams about every 15 minutes), the stream is reopened and what was not acknowledged is sent
 * again: the service may already have kept some of it, so duplicates are possible and reported. A
 * request the service refuses (a record that does not match the table) is dropped with the
 * service's message, and the requests after it are re-sent on a new stream.
 *
 * <p>Records are spread over the streams ("lanes") request by request, so ordering holds per
 * stream only, as with Zerobus itself. Used from one thread.
 */
final class Delivery {

    /** How requests are cut and how hard a stream is reopened. */
    record Limits(int maxRecordsPerRequest, long maxCharsPerRequest, int maxReopensPerWrite, int openAttempts, Duration openBackoff) {
        static final Limits DEFAULT = new Limits(5_000, 2L << 20, 5, 4, Duration.ofSeconds(1));
    }

    /** What one {@link #deliver} did: records acknowledged, records lost with the last error about them. */
    record Outcome(long acknowledged, long failed, String error) {}

    private final IngestStream.Opener opener;
    private final Lane[] lanes;
    private final Limits limits;
    private long acknowledged;
    private long reopens;
    private long resent;
    private boolean duplicatesPossible;
    private int nextLane;

    private static final class Lane {
        final int index;
        IngestStream stream;
        /** Why the stream is dead (it cannot take another request), null while it is alive. */
        StreamFailure failure;
        long lastAcked = -1;
        final Deque<Request> pending = new ArrayDeque<>();

        Lane(int index) {
            this.index = index;
        }
    }

    /** One request: its records, and its offset once sent (-1 before). */
    private static final class Request {
        final List<?> records;
        long offset = -1;

        Request(List<?> records) {
            this.records = records;
        }
    }

    Delivery(IngestStream.Opener opener, int streams, Limits limits) {
        if (streams < 1) throw new IllegalArgumentException("streams must be at least 1, got " + streams);
        this.opener = opener;
        this.limits = limits;
        this.lanes = new Lane[streams];
        for (int i = 0; i < streams; i++) lanes[i] = new Lane(i);
    }

    /** Opens every stream; the first failure that is not transient is thrown as it is. */
    void open() throws StreamFailure {
        for (Lane lane : lanes) lane.stream = openWithRetries();
    }

    /** Sends {@code records} (all JSON strings or all serialized messages) and waits for them. */
    Outcome deliver(List<?> records) throws StreamFailure {
        if (records.isEmpty()) return new Outcome(0, 0, null);
        for (List<?> chunk : chunks(records)) {
            lanes[nextLane].pending.add(new Request(chunk));
            nextLane = (nextLane + 1) % lanes.length;
        }
        long before = acknowledged;
        long[] failed = {0};
        String[] error = {null};
        for (Lane lane : lanes) {
            // a stream that died after its last request was settled (a refused request) is replaced before new ones go out
            if (lane.failure != null && !lane.pending.isEmpty()) reopen(lane);
            send(lane);
        }
        for (Lane lane : lanes) settle(lane, failed, error);
        return new Outcome(acknowledged - before, failed[0], error[0]);
    }

    /** Sends what the lane has not sent yet; a failure is left for {@link #settle} to find. */
    private void send(Lane lane) {
        if (lane.failure != null) return;
        for (Request r : lane.pending) {
            if (r.offset >= 0) continue;
            try {
                r.offset = lane.stream.ingest(r.records);
            } catch (StreamFailure f) {
                lane.failure = f;
                return;
            }
        }
    }

    /** Waits for each request of the lane in order; on a failure reopens the stream and goes on. */
    private void settle(Lane lane, long[] failed, String[] error) throws StreamFailure {
        int reopened = 0;
        while (!lane.pending.isEmpty()) {
            if (lane.failure == null) {
                Request r = lane.pending.peek();
                try {
                    lane.stream.waitFor(r.offset);
                    acknowledged += r.records.size();
                    lane.lastAcked = r.offset;
                    lane.pending.poll();
                    continue;
                } catch (StreamFailure f) {
                    lane.failure = f;
                }
            }
            StreamFailure failure = lane.failure;
            // what the ack callback saw before the stream ended is durable: count it, never re-send it
            long ackedUpTo = lane.stream.ackedOffset();
            while (!lane.pending.isEmpty() && lane.pending.peek().offset >= 0 && lane.pending.peek().offset <= ackedUpTo) {
                Request r = lane.pending.poll();
                acknowledged += r.records.size();
                lane.lastAcked = r.offset;
            }
            switch (failure.kind()) {
                case REJECTED -> {
                    // the service processes requests in order: the first one not acknowledged is the refused one
                    Request refused = lane.pending.poll();
                    if (refused != null) failed[0] += refused.records.size();
                    error[0] = failure.getMessage();
                }
                case CLOSED -> { }
                default -> throw failure;
            }
            if (lane.pending.isEmpty()) return;
            if (++reopened > limits.maxReopensPerWrite()) {
                for (Request r : lane.pending) failed[0] += r.records.size();
                lane.pending.clear();
                error[0] = "the Zerobus stream ended " + reopened + " times while delivering one batch; last: " + failure.getMessage();
                return;
            }
            reopen(lane);
            send(lane);
        }
    }

    private void reopen(Lane lane) throws StreamFailure {
        if (lane.stream != null) lane.stream.close();
        lane.stream = null;
        lane.stream = openWithRetries();
        lane.failure = null;
        lane.lastAcked = -1;
        reopens++;
        for (Request r : lane.pending) {
            if (r.offset >= 0) {
                // sent before and never acknowledged: the service may have kept it
                duplicatesPossible = true;
                resent += r.records.size();
            }
            r.offset = -1;
        }
    }

    /** Opens a stream; a transient failure (service unavailable, timeout) is retried with a doubling pause. */
    private IngestStream openWithRetries() throws StreamFailure {
        Duration pause = limits.openBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return opener.open();
            } catch (StreamFailure f) {
                if (f.kind() != StreamFailure.Kind.CLOSED || attempt >= limits.openAttempts()) throw f;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StreamFailure(StreamFailure.Kind.FATAL, "interrupted while reopening the Zerobus stream");
            }
            pause = pause.multipliedBy(2);
        }
    }

    /** Requests of at most {@code maxRecordsPerRequest} records and about {@code maxCharsPerRequest} characters. */
    private List<List<?>> chunks(List<?> records) {
        List<List<?>> out = new ArrayList<>();
        int start = 0;
        long chars = 0;
        for (int i = 0; i < records.size(); i++) {
            Object r = records.get(i);
            long size = r instanceof String s ? s.length() : ((byte[]) r).length;
            if (i > start && (i - start >= limits.maxRecordsPerRequest() || chars + size > limits.maxCharsPerRequest())) {
                out.add(records.subList(start, i));
                start = i;
                chars = 0;
            }
            chars += size;
        }
        out.add(records.subList(start, records.size()));
        return out;
    }

    long acknowledged() {
        return acknowledged;
    }

    long reopens() {
        return reopens;
    }

    long resent() {
        return resent;
    }

    boolean duplicatesPossible() {
        return duplicatesPossible;
    }

    int streams() {
        return lanes.length;
    }

    /** The last acknowledged offset of each stream (offsets start again at 0 on a reopened stream). */
    List<Long> ackedOffsets() {
        List<Long> out = new ArrayList<>();
        for (Lane l : lanes) out.add(l.lastAcked);
        return out;
    }

    /** Closes every stream (which flushes it) and the opener; never throws. */
    void close() {
        for (Lane lane : lanes) {
            if (lane.stream != null) lane.stream.close();
            lane.stream = null;
        }
        opener.close();
    }
}
