package clxs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that sends statements to {@link LocalWarehouse#shared()}. The suite runs classes
 * two at a time (tests/resources/junit-platform.properties), but the warehouse is one per JVM and
 * its statement log, faults and holds are global: classes using it take turns, while classes that
 * do not run beside them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock(UsesLocalWarehouse.LOCK)
public @interface UsesLocalWarehouse {
    String LOCK = "clxs.local-warehouse";
}
