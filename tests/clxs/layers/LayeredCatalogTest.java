package clxs.layers;

import clxs.support.Duck;
import clxs.support.SharedCatalogs;
import clxs.result.RunResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the tests that read the shared catalog with every layer ({@link SharedCatalogs#layered()}). */
abstract class LayeredCatalogTest {

    static RunResult run;
    static Duck db;

    @BeforeAll
    static void generate() {
        run = SharedCatalogs.layered();
        db = SharedCatalogs.openLayered();
    }

    @AfterAll
    static void close() {
        db.close();
    }
}
