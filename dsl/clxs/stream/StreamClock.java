package clxs.stream;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The emitter's time, injectable: {@link #system()} sleeps until a tick is due, {@link #virtual}
 * never sleeps (tests, or a backfill without real-time ticks). Waiting ends early when the run is
 * cancelled, so a stop takes effect at once and not at the next tick.
 */
public interface StreamClock {

    /** Microseconds since the epoch. */
    long nowMicros();

    /** Waits until {@code epochMicros}; returns false as soon as {@code cancel} fires instead. */
    boolean awaitUntil(long epochMicros, Cancel cancel) throws InterruptedException;

    /** Wall-clock time; waits on the cancel latch, so a stop wakes it immediately. */
    static StreamClock system() {
        return new StreamClock() {
            @Override
            public long nowMicros() {
                Instant t = Instant.now();
                return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
            }

            @Override
            public boolean awaitUntil(long epochMicros, Cancel cancel) throws InterruptedException {
                while (true) {
                    if (cancel.isCancelled()) return false;
                    long left = epochMicros - nowMicros();
                    if (left <= 0) return true;
                    if (cancel.await(left, TimeUnit.MICROSECONDS)) return false;
                }
            }
        };
    }

    /** Time that starts at {@code start} and jumps to whatever is awaited. */
    static StreamClock virtual(Instant start) {
        return new StreamClock() {
            private long now = start.getEpochSecond() * 1_000_000L + start.getNano() / 1_000;

            @Override
            public synchronized long nowMicros() {
                return now;
            }

            @Override
            public synchronized boolean awaitUntil(long epochMicros, Cancel cancel) {
                if (cancel.isCancelled()) return false;
                now = Math.max(now, epochMicros);
                return true;
            }
        };
    }

    /** A run's stop signal: set once, awaited by the clock. */
    final class Cancel {
        private final CountDownLatch latch = new CountDownLatch(1);

        public void cancel() {
            latch.countDown();
        }

        public boolean isCancelled() {
            return latch.getCount() == 0;
        }

        /** True when cancelled within the wait. */
        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            return latch.await(time, unit);
        }
    }
}
