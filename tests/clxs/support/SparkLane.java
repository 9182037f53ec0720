package clxs.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that drives the local Spark warehouse ({@link LocalWarehouse}). These classes run
 * one at a time, in their own lane beside the rest of the suite (junit-platform.properties): the
 * warehouse is a separate JVM, so while it plans and runs a statement the test JVM waits on HTTP
 * and the other lane has the cores. One at a time because they share the warehouse and its
 * statement log.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SparkLane.WAREHOUSE)
public @interface SparkLane {

    /** The lock every class of the lane holds. */
    String WAREHOUSE = "clxs.local-warehouse";
}
