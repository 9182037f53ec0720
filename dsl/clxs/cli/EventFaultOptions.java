package clxs.cli;

import clxs.StreamSpec;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The delivery faults of a stream, the same for {@code clxs stream} and {@code clxs schedule}: late
 * events, re-delivered events and NULL values. Unset flags leave the stream's defaults (none).
 */
final class EventFaultOptions {

    /** The latest a late event arrives when only {@code --late-rate} is given. */
    static final double DEFAULT_MAX_DELAY_SECONDS = 30;

    @Option(names = "--late-rate", paramLabel = "R", description = "Share of events delivered late, 0..1 (default 0).")
    Double lateRate;

    @Option(names = "--max-delay-seconds", paramLabel = "S", description = "Latest a late event arrives, in seconds (default 30).")
    Double maxDelaySeconds;

    @Option(names = "--duplicate-rate", paramLabel = "R", description = "Share of events delivered twice with the same event_id, 0..1 (default 0).")
    Double duplicateRate;

    @Option(names = "--null-rate", paramLabel = "R", description = "Share of nullable values left NULL, 0..1 (default 0).")
    Double nullRate;

    /** {@code s} with the faults the flags ask for; the stream's settings check the values. */
    StreamSpec applyTo(StreamSpec s) {
        if (lateRate != null || maxDelaySeconds != null) {
            double delay = maxDelaySeconds != null ? maxDelaySeconds : DEFAULT_MAX_DELAY_SECONDS;
            s = s.lateEvents(lateRate != null ? lateRate : 0, Duration.ofNanos((long) (delay * 1e9)));
        }
        if (duplicateRate != null) s = s.duplicates(duplicateRate);
        if (nullRate != null) s = s.nulls(nullRate);
        return s;
    }
}
