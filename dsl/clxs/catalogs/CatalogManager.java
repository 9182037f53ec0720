package clxs.catalogs;

import java.util.List;

/** The catalogs of a target: listed with what clxs generated in them, and dropped. */
public interface CatalogManager {

    /** Every catalog; one that cannot be read is listed with its error. */
    List<CatalogInfo> list();

    /** Drops {@code catalog} with everything in it; returns what went. */
    DropReport drop(String catalog);

    /** What a drop removed. */
    record DropReport(String catalog, int schemas, int tables) {}
}
