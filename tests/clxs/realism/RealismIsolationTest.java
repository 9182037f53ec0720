package clxs.realism;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Datafaker stays out of start-up and of runs without {@code --realistic-data}: only
 * {@code clxs.realism} uses it (and the transliteration library), and the model and the plan get
 * the built pools as data, never from that package (it reads and writes the local cache).
 */
class RealismIsolationTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("clxs");

    @Test
    void onlyTheRealismPackageUsesDatafaker() {
        noClasses().that().resideOutsideOfPackage("clxs.realism..").should().dependOnClassesThat()
                .resideInAnyPackage("net.datafaker..", "com.anyascii..").check(LIBRARY);
    }

    @Test
    void theModelAndThePlanGetPoolsAsData() {
        noClasses().that().resideInAnyPackage("clxs.model..", "clxs.plan..", "clxs.sql..", "clxs.engine..", "clxs.cli..").should().dependOnClassesThat()
                .resideInAPackage("clxs.realism..").check(LIBRARY);
    }
}
