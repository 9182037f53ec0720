package clxs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class whose child processes build clxs with this machine's JBang bootstrap and build
 * cache. Two JBang builds of the same script into one cache at once could read each other's
 * half-written jar, so these classes take turns (the suite otherwise runs classes two at a time).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock(UsesJBangCache.LOCK)
public @interface UsesJBangCache {
    String LOCK = "clxs.jbang-cache";
}
