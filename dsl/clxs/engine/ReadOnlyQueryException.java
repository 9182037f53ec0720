package clxs.engine;

/** A statement {@code query} does not run: it would write, attach, load or reach outside the catalogs. Nothing ran. */
public final class ReadOnlyQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ReadOnlyQueryException(String message) {
        super(message);
    }
}
