package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.adapter.batch.imports.SurgeImportProperties;

class SurgeImportPropertiesTest {

    /** With the application's own configuration file, where the defaults are. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withUserConfiguration(Properties.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SurgeImportProperties.class)
    static class Properties {
    }

    @Test
    void theDefaultsAreTwoImportsAtOnceAndLinesOf4096Bytes() {
        context.run(started -> {
            SurgeImportProperties properties = started.getBean(SurgeImportProperties.class);
            assertThat(properties.concurrency()).isEqualTo(2);
            assertThat(properties.maxLineLength()).isEqualTo(4096);
        });
    }

    @Test
    void noImportSlotStopsTheStartNamingTheProperty() {
        context.withPropertyValues("surge.import.concurrency=0").run(started -> assertThat(started.getStartupFailure())
            .rootCause().hasMessage("surge.import.concurrency must be at least 1, was 0"));
    }

    @Test
    void aLineLimitTooSmallForAnyHeaderStopsTheStart() {
        context.withPropertyValues("surge.import.max-line-length=10").run(started -> assertThat(
            started.getStartupFailure()).rootCause().hasMessage("surge.import.max-line-length must be at least 64"
            + " (bytes), was 10"));
    }
}
