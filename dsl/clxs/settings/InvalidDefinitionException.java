package clxs.settings;

/**
 * A demo definition value is not acceptable. {@link #field()} names the setting with its JSON
 * config name ({@code scale_factor}, {@code catalog_name}, ...), so every front end can point at it.
 */
public class InvalidDefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    public InvalidDefinitionException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The setting's JSON name, e.g. {@code scale_factor}. */
    public String field() {
        return field;
    }

    /** What is wrong with the value, without the field name. */
    public String problem() {
        return problem;
    }
}
