package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.adapter.batch.imports.SurgeImportProperties;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;

class SurgeImportPropertiesTest {

    /** With the application's own configuration file, where the defaults are. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withUserConfiguration(Properties.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SurgeImportProperties.class)
    static class Properties {
    }

    /** As the application does when it starts: every format's limit, for the formats it reads (here four). */
    @Configuration(proxyBeanMethods = false)
    static class Limits {
        @Bean
        Map<ImportFormat, Long> maxRejects(SurgeImportProperties properties) {
            return properties.maxRejects(ImportFormats.standard().with(List.of(new SectorTallyFile())));
        }
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

    @Test
    void everyFormatHasItsRejectLimitOfZeroByDefault() {
        context.run(started -> assertThat(started.getBean(SurgeImportProperties.class)
            .maxRejects(ImportFormats.standard())).containsExactly(Map.entry(ImportFormats.DAILY, 0L),
            Map.entry(ImportFormats.CBP_NATIONWIDE, 0L), Map.entry(ImportFormats.CBP_SOUTHWEST, 0L)));
    }

    @Test
    void aFormatWithoutItsRejectLimitStopsTheStartNamingTheProperty() {
        context.withUserConfiguration(Limits.class).run(started -> assertThat(started.getStartupFailure())
            .rootCause().hasMessage("surge.import.max-rejects.sector-daily is required: the rejected lines an import"
                + " of sector-daily files tolerates (0 or more)"));
        context.withUserConfiguration(Limits.class).withPropertyValues("surge.import.max-rejects.sector-daily=4")
            .run(started -> assertThat(started.getBean("maxRejects", Map.class)).containsEntry(new SectorTallyFile(),
                4L));
    }

    @Test
    void aNegativeLimitOrOneForNoFormatStopsTheStart() {
        context.withUserConfiguration(Limits.class).withPropertyValues("surge.import.max-rejects.sector-daily=0",
            "surge.import.max-rejects.daily=-1").run(started -> assertThat(started.getStartupFailure()).rootCause()
            .hasMessage("surge.import.max-rejects.daily must be 0 or more, was -1"));
        context.withUserConfiguration(Limits.class).withPropertyValues("surge.import.max-rejects.sector-daily=0",
            "surge.import.max-rejects.weekly=3").run(started -> assertThat(started.getStartupFailure()).rootCause()
            .hasMessage("surge.import.max-rejects.weekly names no import format; the formats are daily, cbp-monthly,"
                + " cbp-southwest, sector-daily"));
    }
}
