package clxs.databricks;

/** What users see of a databricks-jdbc error: the engine's own words, not the driver's wrapping. */
public final class DriverMessages {

    private DriverMessages() {}

    /**
     * The engine's message from a driver message: databricks-jdbc wraps it as
     * {@code Statement execution failed <id> -> <sql> FAILED. Error Message: <error>, Error code: ...},
     * where the SQL may span lines. Redact credentials before calling this.
     */
    public static String engineMessage(String driverMessage) {
        String m = String.valueOf(driverMessage);
        int at = m.indexOf("Error Message: ");
        if (at >= 0) m = m.substring(at + "Error Message: ".length()).strip();
        int code = m.lastIndexOf(", Error code:");
        if (code > 0 && m.indexOf('\n') < 0) m = m.substring(0, code);
        // the engine's error class repeated by the driver: "[X] [X] ..." reads once
        return m.replaceFirst("^(\\[[A-Z_.]+\\]) \\1", "$1");
    }
}
