package clxs.stream;

/**
 * Clone-Xs's performance presets: a destination and a cadence in one word. Applying one clamps
 * its values to the limits, with a warning ({@link StreamSettings#preset}).
 */
public enum StreamPreset {
    DEMO("volume_bronze", 100, 5, 60),
    DIRECT("direct_table", 50_000, 1, 300),
    BULK("volume_bronze", 100_000, 2, 300),
    ZEROBUS("zerobus", 1_000_000, 5, 600);

    private final String destination;
    private final int eventsPerBatch;
    private final double intervalSeconds;
    private final double totalDurationSeconds;

    StreamPreset(String destination, int eventsPerBatch, double intervalSeconds, double totalDurationSeconds) {
        this.destination = destination;
        this.eventsPerBatch = eventsPerBatch;
        this.intervalSeconds = intervalSeconds;
        this.totalDurationSeconds = totalDurationSeconds;
    }

    /** {@code volume}, {@code volume_bronze}, {@code direct_table} or {@code zerobus}. */
    public String destination() {
        return destination;
    }

    public int eventsPerBatch() {
        return eventsPerBatch;
    }

    public double intervalSeconds() {
        return intervalSeconds;
    }

    public double totalDurationSeconds() {
        return totalDurationSeconds;
    }

    /** {@code demo}, {@code direct}, ... */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static StreamPreset byId(String id) {
        for (StreamPreset p : values()) if (p.id().equals(id)) return p;
        throw new InvalidStreamSettingsException("preset", "unknown preset " + id + "; the presets are demo, direct, bulk, zerobus");
    }
}
