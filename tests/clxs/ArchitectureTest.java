package clxs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the library (dsl/): data flows one way, definition → plan → dialect → engine or
 * sink, and each package keeps to its job. A newcomer can check the import graph with this test
 * alone: {@code mvn test -Dtest=ArchitectureTest}.
 */
class ArchitectureTest {

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("clxs");
    }

    private static void check(ArchRule rule) {
        rule.check(library);
    }

    @Test
    void theLibraryIsLoaded() {
        // a rule over no classes passes vacuously; make sure the importer found the library
        org.junit.jupiter.api.Assertions.assertTrue(library.size() > 150, "classes imported: " + library.size());
        org.junit.jupiter.api.Assertions.assertTrue(library.stream().anyMatch(c -> c.getPackageName().equals("clxs.plan.enrichment")));
    }

    @Test
    void noPackageCycles() {
        // each package its own slice, sub-packages too (clxs.plan and clxs.plan.enrichment are two slices)
        check(slices().matching("clxs.(**)").should().beFreeOfCycles());
        // the root package is no slice of that rule: nothing it imports may import it back (below), nor may it use the CLI
        check(noClasses().that().resideInAPackage("clxs").should().dependOnClassesThat().resideInAPackage("clxs.cli.."));
    }

    @Test
    void theRootPackageIsTheEntryOnlyFrontEndsCall() {
        // DemoCatalog, Clxs (the JShell facade), Engines: only the command line builds on them
        check(noClasses().that().resideOutsideOfPackages("clxs", "clxs.cli..")
                .should().dependOnClassesThat().resideInAPackage("clxs"));
    }

    @Test
    void theModelImportsNothingElseOfClxs() {
        check(classes().that().resideInAPackage("clxs.model..").should().onlyDependOnClassesThat(
                JavaClass.Predicates.resideInAPackage("clxs.model..").or(JavaClass.Predicates.resideOutsideOfPackage("clxs.."))));
    }

    @Test
    void thePlanKnowsNoDialectEngineOrSink() {
        check(noClasses().that().resideInAPackage("clxs.plan..").should().dependOnClassesThat()
                .resideInAnyPackage("clxs.sql..", "clxs.engine..", "clxs.sink..", "clxs.databricks..", "clxs.zerobus..", "clxs.result..",
                        "clxs.cli..", "clxs.compile..", "clxs"));
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        check(noClasses().that().resideOutsideOfPackage("clxs.cli..").should().dependOnClassesThat().resideInAPackage("picocli.."));
    }

    @Test
    void onlyTheDatabricksPackageUsesTheDatabricksSdkAndDriver() {
        check(noClasses().that().resideOutsideOfPackage("clxs.databricks..").should().dependOnClassesThat()
                .resideInAnyPackage("com.databricks.sdk..", "com.databricks.client..", "com.databricks.jdbc.."));
    }

    @Test
    void onlyTheZerobusPackageUsesTheZerobusSdk() {
        check(noClasses().that().resideOutsideOfPackage("clxs.zerobus..").should().dependOnClassesThat()
                .resideInAnyPackage("com.databricks.zerobus.."));
    }

    @Test
    void sinksAndRowFormatsStayOffEnginesAndWorkspaces() {
        check(noClasses().that().resideInAnyPackage("clxs.sink..", "clxs.format..").should().dependOnClassesThat()
                .resideInAnyPackage("clxs.engine..", "clxs.databricks..", "clxs.zerobus..", "clxs.cli..", "clxs"));
    }
}
