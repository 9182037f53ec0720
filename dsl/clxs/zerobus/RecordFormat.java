package clxs.zerobus;

import java.util.Arrays;
import java.util.Locale;

/** How records travel on a Zerobus stream. */
public enum RecordFormat {
    /** JSON objects ({@link clxs.format.ZerobusJsonEncoder}): the default, nothing to compile. */
    JSON,
    /** Protobuf messages of a descriptor built from the row schema at run time ({@link clxs.format.ProtoSchema}): about half the bytes. */
    PROTO;

    /** {@code json} or {@code proto}, as on the command line. */
    public static RecordFormat parse(String name) {
        for (RecordFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) return f;
        }
        throw new IllegalArgumentException("record format '" + name + "' is not one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
