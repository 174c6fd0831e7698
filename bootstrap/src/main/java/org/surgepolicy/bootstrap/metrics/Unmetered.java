package org.surgepolicy.bootstrap.metrics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The use case as the application makes it (with its transactions), which a metered decorator wraps: the decorator is
 * the primary bean of the use case's interface, so that every caller goes through it, and takes the bean that carries
 * this qualifier as the one it wraps.
 */
@Target({ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface Unmetered {
}
