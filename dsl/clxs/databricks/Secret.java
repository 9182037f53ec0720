package clxs.databricks;

import java.util.Objects;

/**
 * A credential that never prints: {@code toString()} and the JSON of anything holding it show
 * {@code ****}. Only {@link #reveal()} gives the value, to the one place that sends it.
 */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The value, for the JDBC properties or an Authorization header; never for a message. */
    public String reveal() {
        return value;
    }

    /** {@code text} with every occurrence of this secret replaced by {@code ****}. */
    public String redact(String text) {
        if (text == null || value.isEmpty()) return text;
        return text.replace(value, "****");
    }

    @Override
    public String toString() {
        return "****";
    }
}
