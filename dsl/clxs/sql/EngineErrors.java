package clxs.sql;

/** What users see of an engine's or a client's error: drivers put detail and stack lines after the first. */
public final class EngineErrors {

    private EngineErrors() {}

    /** The first line of {@code message}, trimmed; {@code "unknown error"} when there is none. */
    public static String firstLine(String message) {
        if (message == null) return "unknown error";
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
