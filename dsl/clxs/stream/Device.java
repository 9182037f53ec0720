package clxs.stream;

/**
 * The live state of one device while a stream runs: its two generators, the condition, the slots
 * of its stateful rules (see {@link DeviceProgram}) and this event's values for references.
 * Touched by one thread at a time (devices are partitioned among generator threads).
 */
final class Device {

    final int index;
    final SplitMix64 rng;
    final SplitMix64 delivery;
    long events;
    int phase;
    double level;
    final double[] nums;
    final String[] texts;
    final long[] longs;
    final Object[] keys;

    /** The event being made. */
    long eventId;
    long capturedAtMicros;
    final double[] refNum;
    final String[] refText;

    Device(int index, SplitMix64 rng, SplitMix64 delivery, int nums, int texts, int longs, int fields) {
        this.index = index;
        this.rng = rng;
        this.delivery = delivery;
        this.nums = new double[nums];
        this.texts = new String[texts];
        this.longs = new long[longs];
        this.keys = new Object[longs];
        this.refNum = new double[fields];
        this.refText = new String[fields];
    }
}
