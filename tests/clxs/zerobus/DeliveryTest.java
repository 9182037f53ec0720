package clxs.zerobus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The delivery rules on scripted streams (no SDK): the orderings a real server produces only by
 * chance, such as an acknowledgement that arrives just before the stream ends.
 */
class DeliveryTest {

    /** Streams whose waits fail where the script says; records every request sent. */
    static final class Script implements IngestStream.Opener {
        /** Failures by global request number (1, 2, ... over every stream), thrown by the wait on that request. */
        final Map<Integer, StreamFailure> failWait = new HashMap<>();
        /** Requests acknowledged through the callback although the wait on them fails (an ack just before the end). */
        final List<Integer> ackedBeforeFailure = new ArrayList<>();
        final Deque<StreamFailure> failOpen = new ArrayDeque<>();
        final List<List<?>> sent = new ArrayList<>();
        int opened;
        boolean closed;

        @Override
        public IngestStream open() throws StreamFailure {
            if (!failOpen.isEmpty()) throw failOpen.poll();
            opened++;
            return new IngestStream() {
                final Map<Long, Integer> serialOf = new HashMap<>();
                long next;
                long acked = -1;
                StreamFailure dead;

                @Override
                public long ingest(List<?> records) throws StreamFailure {
                    if (dead != null) throw new StreamFailure(StreamFailure.Kind.CLOSED, "Stream is closed");
                    sent.add(records);
                    serialOf.put(next, sent.size());
                    return next++;
                }

                @Override
                public void waitFor(long offset) throws StreamFailure {
                    if (dead != null) throw dead;
                    int serial = serialOf.get(offset);
                    StreamFailure f = failWait.remove(serial);
                    if (f != null) {
                        if (ackedBeforeFailure.contains(serial)) acked = offset;
                        dead = f;
                        throw f;
                    }
                    acked = Math.max(acked, offset);
                }

                @Override
                public long ackedOffset() {
                    return acked;
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static final Delivery.Limits SMALL = new Delivery.Limits(10, 1_000_000, 3, 3, Duration.ZERO);

    static List<String> records(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "{\"event_id\":" + i + "}").toList();
    }

    static StreamFailure closed() {
        return new StreamFailure(StreamFailure.Kind.CLOSED, "Stream is closed (Unavailable): Stream timeout reached. Error Code: 6002");
    }

    @Test
    void requestsAreCutByRecordsAndBySize() throws Exception {
        Script s = new Script();
        Delivery d = new Delivery(s, 1, new Delivery.Limits(10, 100, 3, 1, Duration.ZERO));
        d.open();
        List<String> big = new ArrayList<>(records(10, 25));
        big.add("x".repeat(150));
        Delivery.Outcome o = d.deliver(big);
        assertEquals(26, o.acknowledged());
        // 100 characters hold 6 records of 15: 6+6+6+6+1, then the 150-character one alone
        assertEquals(List.of(6, 6, 6, 6, 1, 1), s.sent.stream().map(List::size).toList());
        Script s2 = new Script();
        Delivery d2 = new Delivery(s2, 1, new Delivery.Limits(10, 1_000_000, 3, 1, Duration.ZERO));
        d2.open();
        d2.deliver(records(100, 25));
        assertEquals(List.of(10, 10, 5), s2.sent.stream().map(List::size).toList(), "at most 10 records a request");
    }

    @Test
    void anAcknowledgementSeenJustBeforeTheEndIsCountedAndNotSentAgain() throws Exception {
        Script s = new Script();
        s.failWait.put(1, closed());
        s.ackedBeforeFailure.add(1);
        Delivery d = new Delivery(s, 1, SMALL);
        d.open();
        Delivery.Outcome o = d.deliver(records(0, 30));
        assertEquals(30, o.acknowledged());
        assertEquals(30, d.acknowledged());
        assertEquals(1, d.reopens());
        // requests 2 and 3 went out on the dead stream and again on the new one; request 1 only once
        assertEquals(5, s.sent.size());
        assertEquals(s.sent.get(1), s.sent.get(3));
        assertEquals(s.sent.get(2), s.sent.get(4));
        assertEquals(20, d.resent());
        assertTrue(d.duplicatesPossible());
    }

    @Test
    void aRefusedRequestIsDroppedTheOnesBeforeItCountAndTheOnesAfterItAreSentAgain() throws Exception {
        Script s = new Script();
        s.failWait.put(2, new StreamFailure(StreamFailure.Kind.REJECTED, "Zerobus refused records: Record decoder/encoder error. Error Code: 4044"));
        Delivery d = new Delivery(s, 1, SMALL);
        d.open();
        Delivery.Outcome o = d.deliver(records(0, 30));
        assertEquals(20, o.acknowledged());
        assertEquals(10, o.failed());
        assertTrue(o.error().contains("4044"), o.error());
        assertEquals(2, s.opened);
        assertEquals(s.sent.get(2), s.sent.get(3), "request 3 sent again on the new stream");
        // the next batch goes on the new stream as if nothing happened
        assertEquals(new Delivery.Outcome(10, 0, null), d.deliver(records(30, 10)));
        assertEquals(30, d.acknowledged());
    }

    @Test
    void aStreamRefusedOnItsLastRequestIsReplacedBeforeTheNextBatch() throws Exception {
        Script s = new Script();
        s.failWait.put(1, new StreamFailure(StreamFailure.Kind.REJECTED, "refused"));
        Delivery d = new Delivery(s, 1, SMALL);
        d.open();
        assertEquals(new Delivery.Outcome(0, 10, "refused"), d.deliver(records(0, 10)));
        assertEquals(1, s.opened, "no stream opened while there is nothing to send");
        assertEquals(new Delivery.Outcome(5, 0, null), d.deliver(records(10, 5)));
        assertEquals(2, s.opened);
        assertEquals(1, d.reopens());
        assertFalse(d.duplicatesPossible(), "nothing was sent twice");
    }

    @Test
    void aStreamThatKeepsEndingGivesUpOnTheBatchNotOnTheSink() throws Exception {
        Script s = new Script();
        for (int i = 1; i <= 4; i++) s.failWait.put(i, closed());
        Delivery d = new Delivery(s, 1, SMALL);
        d.open();
        Delivery.Outcome o = d.deliver(records(0, 10));
        assertEquals(0, o.acknowledged());
        assertEquals(10, o.failed());
        assertTrue(o.error().startsWith("the Zerobus stream ended 4 times while delivering one batch; last: Stream is closed"), o.error());
        assertEquals(new Delivery.Outcome(10, 0, null), d.deliver(records(10, 10)));
    }

    @Test
    void transientOpenFailuresAreRetriedAndOthersThrown() throws Exception {
        Script s = new Script();
        s.failOpen.add(closed());
        s.failOpen.add(closed());
        Delivery d = new Delivery(s, 2, SMALL);
        d.open();
        assertEquals(2, s.opened);

        Script refused = new Script();
        refused.failOpen.add(new StreamFailure(StreamFailure.Kind.CREDENTIALS, "refused credentials"));
        StreamFailure f = assertThrows(StreamFailure.class, () -> new Delivery(refused, 1, SMALL).open());
        assertEquals(StreamFailure.Kind.CREDENTIALS, f.kind());
        assertEquals(0, refused.opened);

        Script down = new Script();
        for (int i = 0; i < 3; i++) down.failOpen.add(closed());
        assertEquals(StreamFailure.Kind.CLOSED, assertThrows(StreamFailure.class, () -> new Delivery(down, 1, SMALL).open()).kind());
    }

    @Test
    void credentialsRefusedWhenReopeningEndTheRun() throws Exception {
        Script s = new Script();
        s.failWait.put(1, closed());
        Delivery d = new Delivery(s, 1, SMALL);
        d.open();
        s.failOpen.add(new StreamFailure(StreamFailure.Kind.CREDENTIALS, "secret rotated"));
        assertEquals(StreamFailure.Kind.CREDENTIALS, assertThrows(StreamFailure.class, () -> d.deliver(records(0, 5))).kind());
        assertEquals(0, d.acknowledged());
        d.close();
        assertTrue(s.closed);
    }

    @Test
    void requestsAlternateOverStreamsAndOffsetsAreReportedPerStream() throws Exception {
        Script s = new Script();
        Delivery d = new Delivery(s, 3, SMALL);
        d.open();
        assertEquals(new Delivery.Outcome(70, 0, null), d.deliver(records(0, 70)));
        // 7 requests over 3 streams: 3, 2 and 2 requests, offsets 0.. on each
        assertEquals(List.of(2L, 1L, 1L), d.ackedOffsets());
        assertNull(d.deliver(records(70, 0)).error());
    }
}
