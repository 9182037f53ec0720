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

    static StreamSummary summary(StreamSettings s, clxs.sink.Sink sink) {
        return Emitter.withClock(StreamClock.virtual(START)).run(s.startTime(s.startTime() == null ? START : s.startTime()), sink, StreamListener.NONE);
    }
}
