package clxs.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The suite runs test classes two at a time (tests/resources/junit-platform.properties), so a
 * class that sends statements to the one local warehouse must say so, or it would run beside
 * another and read that one's statements and faults. This finds every test class that uses
 * {@link LocalWarehouse} (itself, a nested class or a lambda of it) and checks it carries
 * {@link UsesLocalWarehouse}.
 */
class SuiteLocksTest {

    @Test
    void everyTestClassOnTheLocalWarehouseTakesItsTurn() throws ClassNotFoundException {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("clxs");
        Set<String> users = new TreeSet<>();
        for (JavaClass c : tests) {
            if (c.getPackageName().equals("clxs.support")) continue;
            boolean uses = c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                    .anyMatch(t -> t.getName().equals(LocalWarehouse.class.getName()));
            if (uses) users.add(topLevel(c).getName());
        }
        // not vacuous: the suite has more than a dozen such classes
        assertTrue(users.size() >= 12, "test classes found using the local warehouse: " + users);
        List<String> missing = new ArrayList<>();
        for (String name : users) {
            if (!Class.forName(name).isAnnotationPresent(UsesLocalWarehouse.class)) missing.add(name);
        }
        assertEquals(List.of(), missing, "these use LocalWarehouse.shared() without @UsesLocalWarehouse");
    }

    @Test
    void theAnnotationsCarryJUnitsLocks() {
        assertEquals(UsesLocalWarehouse.LOCK, UsesLocalWarehouse.class.getAnnotation(ResourceLock.class).value());
        assertEquals(UsesJBangCache.LOCK, UsesJBangCache.class.getAnnotation(ResourceLock.class).value());
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) t = t.getEnclosingClass().get();
        return t;
    }
}
