package clxs.engine;

/**
 * A local catalog clxs will not touch as asked, before anything was written: another run holds
 * it, it was not made by clxs (no mark inside it), or it exists and the run would replace it. The
 * message says what exists and which flag changes the answer; the CLI exits 2 with it.
 */
public final class CatalogRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogRefusedException(String message) {
        super(message);
    }
}
