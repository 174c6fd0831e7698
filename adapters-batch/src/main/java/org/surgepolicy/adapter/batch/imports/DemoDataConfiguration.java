package org.surgepolicy.adapter.batch.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.application.port.in.GetDemoDataQuery;
import org.surgepolicy.application.port.in.LoadDemoDataUseCase;

/**
 * Loads the demonstration data set on the first start, as soon as the application has started (a few seconds), so that
 * the embedded default shows the 2024-2025 policy period at once. {@code surge.demo-data.enabled} decides; unset, it is
 * on for an H2 database (the embedded default) and off for any other.
 */
@Configuration(proxyBeanMethods = false)
public class DemoDataConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataConfiguration.class);

    /** The embedded default's databases: an H2 file (in-memory databases, as tests use, get no demonstration data). */
    static final String EMBEDDED_DEFAULT = "jdbc:h2:file:";

    @Bean
    ApplicationRunner demoDataLoader(LoadDemoDataUseCase loader, GetDemoDataQuery demoData,
                                     @Value("${surge.demo-data.enabled:}") String enabled,
                                     @Value("${spring.datasource.url:}") String databaseUrl) {
        return arguments -> {
            boolean load = enabled.isBlank() ? databaseUrl.startsWith(EMBEDDED_DEFAULT) : Boolean.parseBoolean(enabled);
            if (!load) {
                return;
            }
            if (demoData.demoData().isPresent()) {
                return;
            }
            long started = System.nanoTime();
            DemoDataSet data = DemoDataSet.load();
            loader.loadIfAbsent(new LoadDemoDataUseCase.DemoData(data.dailyTallies().iterator(),
                    data.statistics().iterator())).toOptional()
                .ifPresent(info -> LOG.info("Loaded the demonstration data: {} illustrative daily tallies from {} to {}"
                        + " in {} ms. {}", info.rows(), info.from(), info.to(),
                    (System.nanoTime() - started) / 1_000_000, info.note()));
        };
    }
}
