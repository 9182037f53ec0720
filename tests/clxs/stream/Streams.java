package clxs.stream;

import java.time.Instant;

/** Runs streams on a virtual clock for tests. */
final class Streams {

    static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

    private Streams() {}

    static MemorySink run(StreamSettings s) {
        MemorySink sink = new MemorySink();
        summary(s, sink);
        return sink;
    }

    /** Equal texts, or a failure naming the first line that differs (not the whole text). */
    static void assertSameText(String expected, String actual, String what) {
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) throw new AssertionError(what + ": line " + (i + 1) + " differs\nexpected: " + e[i] + "\nactual:   " + a[i]);
        }
        throw new AssertionError(what + ": " + e.length + " lines expected, " + a.length + " found");
    }

    static StreamSummary summary(StreamSettings s, clxs.sink.Sink sink) {
        return Emitter.withClock(StreamClock.virtual(START)).run(s.startTime(s.startTime() == null ? START : s.startTime()), sink, StreamListener.NONE);
    }
}
