package clxs.stream;

/** Hears a run's progress: for the live chart, progress lines and warnings. Called from the run's thread. */
public interface StreamListener {

    StreamListener NONE = new StreamListener() {};

    /** The run is about to open its sink; {@code seed} is the one used (drawn when none was set). */
    default void started(StreamSettings settings, long seed, long ticks) {}

    /** The sink is open; {@code destination} is what it says it writes to ({@link clxs.sink.Sink#describe()}). */
    default void opened(String destination) {}

    default void tick(TickRecord tick) {}

    default void warning(String message) {}
}
