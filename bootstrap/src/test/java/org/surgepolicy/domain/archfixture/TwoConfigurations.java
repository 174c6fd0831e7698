package org.surgepolicy.domain.archfixture;

import org.springframework.context.annotation.Configuration;

/**
 * Deliberately wrong: two {@code @Configuration} classes in one module, this and the one nested in it, for the
 * architecture rules' own test (in a package that no component scan reaches).
 */
@Configuration(proxyBeanMethods = false)
public class TwoConfigurations {

    /** The module's other configuration. */
    @Configuration(proxyBeanMethods = false)
    public static class AnotherConfiguration {
    }
}
