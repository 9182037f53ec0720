package clxs.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Fault injection for the tests of what a failure, a Ctrl-C or a SIGKILL at a given point of a
 * local run leaves behind. Off unless the JVM runs with {@code -Dclxs.failpoint=<action>:<point>}:
 * <ul>
 *   <li>{@code <point>} is a phase label ({@code catalog}, {@code data}, {@code views}, {@code clone tables},
 *       {@code history 1}, ...), reached when the phase has started; {@code publish}, after the last phase and
 *       before the run decides to publish; or {@code publishing}, after it decided, while it moves files into place;</li>
 *   <li>{@code <action>} is {@code fail} (the run stops with an error there) or {@code hold} (the run waits there
 *       until it is cancelled, or, once it decided to publish, until the JVM begins to exit), so a test can signal or
 *       kill it at exactly that point.</li>
 * </ul>
 * With {@code -Dclxs.failpoint.reached=FILE} the file is created when the point is reached, so
 * the test knows when to act. Not a user feature: no flag reaches it.
 */
final class Failpoints {

    static final String PROPERTY = "clxs.failpoint";
    private static volatile boolean exiting;

    private Failpoints() {}

    /** The injected failure. */
    static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(String point) {
            super("injected failure at " + point);
        }
    }

    /** A phase has started. */
    static void phase(String label, BooleanSupplier cancelled) {
        reach(label, cancelled);
    }

    /** The plan has run without errors; the run is about to decide whether to publish. */
    static void beforePublish(BooleanSupplier cancelled) {
        reach("publish", cancelled);
    }

    /** The run decided to publish and is moving its files into place. */
    static void publishing() {
        reach("publishing", () -> exiting);
    }

    private static synchronized void watchExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> exiting = true, "clxs-failpoint-exit"));
    }

    private static void reach(String point, BooleanSupplier cancelled) {
        String spec = System.getProperty(PROPERTY);
        if (spec == null) return;
        int colon = spec.indexOf(':');
        if (colon < 0 || !spec.substring(colon + 1).equals(point)) return;
        String marker = System.getProperty(PROPERTY + ".reached");
        if (marker != null) {
            try {
                Files.writeString(Path.of(marker), point + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        switch (spec.substring(0, colon)) {
            case "fail" -> throw new InjectedFailure(point);
            case "hold" -> {
                watchExit();
                while (!cancelled.getAsBoolean()) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            default -> throw new IllegalArgumentException(PROPERTY + " action must be fail or hold: " + spec);
        }
    }
}
