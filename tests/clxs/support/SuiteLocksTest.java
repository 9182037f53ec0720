package clxs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.commons.annotation.Testable;

/**
 * The suite runs test classes two at a time (tests/resources/junit-platform.properties), so a
 * class that sends statements to the one local warehouse must say so, or it would run beside
 * another and read that one's statements and faults. This finds every test class that uses
 * {@link LocalWarehouse} (itself, a nested class or a lambda of it) and checks it carries
 * {@link UsesLocalWarehouse}; likewise every test class that runs the {@code ./jbang} launcher,
 * which builds into this machine's one JBang cache, and {@link UsesJBangCache}.
 */
class SuiteLocksTest {

    /** The test classes, imported once for both checks. */
    private static final JavaClasses TESTS = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("clxs");

    @Test
    void everyTestClassOnTheLocalWarehouseTakesItsTurn() {
        Set<String> users = topLevelClassesThat(c -> c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                .anyMatch(t -> t.isEquivalentTo(LocalWarehouse.class)));
        // not vacuous: the suite has more than a dozen such classes
        assertTrue(users.size() >= 12, "test classes found using the local warehouse: " + users);
        assertEquals(List.of(), without(users, UsesLocalWarehouse.class), "these use LocalWarehouse.shared() without @UsesLocalWarehouse");
    }

    /**
     * A class runs the launcher when it constructs a {@link Launcher} or reads {@link Launcher#SCRIPT}
     * (seen in its bytecode), or when its source names {@code "./jbang} or {@code JBANG_CACHE_DIR} in
     * a command or an environment it builds (strings, which bytecode analysis does not follow). Only
     * classes with tests must carry the lock: a helper such as ReadmeChecks runs inside its test's turn.
     */
    @Test
    void everyTestClassThatRunsTheJBangLauncherTakesItsTurn() throws IOException {
        Set<String> users = topLevelClassesThat(c -> c.getConstructorCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().isEquivalentTo(Launcher.class))
                || c.getFieldAccessesFromSelf().stream().anyMatch(a -> a.getTargetOwner().isEquivalentTo(Launcher.class) && a.getTarget().getName().equals("SCRIPT")));
        Path sources = Launcher.ROOT.resolve("tests");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(sources.resolve("clxs/support"))).toList()) {
                String text = Files.readString(f);
                if (text.contains("\"./jbang") || text.contains("JBANG_CACHE_DIR")) {
                    users.add(sources.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""));
                }
            }
        }
        Set<String> testClasses = new TreeSet<>();
        for (String name : users) if (hasTests(load(name))) testClasses.add(name);
        // not vacuous: README, distribution, launcher and recipe tests all run it
        assertTrue(testClasses.size() >= 6, "test classes found running the JBang launcher: " + testClasses);
        assertEquals(List.of(), without(testClasses, UsesJBangCache.class), "these run ./jbang without @UsesJBangCache");
    }

    @Test
    void theAnnotationsCarryJUnitsLocks() {
        assertEquals(UsesLocalWarehouse.LOCK, UsesLocalWarehouse.class.getAnnotation(ResourceLock.class).value());
        assertEquals(UsesJBangCache.LOCK, UsesJBangCache.class.getAnnotation(ResourceLock.class).value());
    }

    /** The top-level test classes outside clxs.support of which the class itself, a nested class or a lambda matches. */
    private static Set<String> topLevelClassesThat(Predicate<JavaClass> matches) {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : TESTS) {
            if (!c.getPackageName().equals("clxs.support") && matches.test(c)) out.add(topLevel(c).getName());
        }
        return out;
    }

    /** The classes among {@code names} that do not carry {@code annotation}. */
    private static List<String> without(Set<String> names, Class<? extends Annotation> annotation) {
        return names.stream().filter(n -> !load(n).isAnnotationPresent(annotation)).toList();
    }

    /** Whether the class, a superclass or a nested class declares a JUnit test (a method whose annotation is @Testable). */
    private static boolean hasTests(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(Testable.class))) return true;
            }
        }
        return Arrays.stream(c.getDeclaredClasses()).anyMatch(SuiteLocksTest::hasTests);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) t = t.getEnclosingClass().get();
        return t;
    }
}
