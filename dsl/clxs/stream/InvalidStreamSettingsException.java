package clxs.stream;

/**
 * A stream setting or limit is out of bounds or malformed. The message names the field and the
 * bound ({@code "events_per_batch 20000 is above the maximum 10000"}); the CLI exits with 2.
 */
public class InvalidStreamSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidStreamSettingsException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The setting at fault, in its JSON spelling ({@code events_per_batch}). */
    public String field() {
        return field;
    }
}
