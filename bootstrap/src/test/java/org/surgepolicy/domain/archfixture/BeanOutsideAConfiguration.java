package org.surgepolicy.domain.archfixture;

import org.springframework.context.annotation.Bean;

/**
 * Deliberately wrong: a {@code @Bean} method in a class that is no {@code @Configuration}, which Spring would ignore,
 * for the architecture rules' own test.
 */
public class BeanOutsideAConfiguration {

    @Bean
    String greeting() {
        return "hello";
    }
}
