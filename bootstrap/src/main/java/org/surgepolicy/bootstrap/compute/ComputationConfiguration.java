package org.surgepolicy.bootstrap.compute;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pool that simulations and sweeps run on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComputationProperties.class)
public class ComputationConfiguration {

    @Bean
    BoundedComputations computations(ComputationProperties properties) {
        return new BoundedComputations(properties.threadCount(), properties.queue(), properties.retryAfter());
    }
}
