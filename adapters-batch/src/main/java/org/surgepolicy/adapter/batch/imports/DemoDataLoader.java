package org.surgepolicy.adapter.batch.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.imports.port.in.LoadDemoDataUseCase;

/**
 * Loads the demonstration data set on the first start, as soon as the application has started (a few seconds), so that
 * the service shows the 2024-2025 policy period at once. Only when {@code surge.demo-data.enabled} says so.
 */
public final class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final LoadDemoDataUseCase loader;
    private final GetDemoDataQuery demoData;
    private final DemoDataProperties properties;

    public DemoDataLoader(LoadDemoDataUseCase loader, GetDemoDataQuery demoData, DemoDataProperties properties) {
        this.loader = loader;
        this.demoData = demoData;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.enabled() || demoData.demoData().isPresent()) {
            return;
        }
        long started = System.nanoTime();
        DemoDataSet data = DemoDataSet.load();
        loader.loadIfAbsent(new LoadDemoDataUseCase.DemoData(data.dailyTallies().iterator(),
                data.statistics().iterator())).toOptional()
            .ifPresent(info -> LOG.info("Loaded the demonstration data: {} illustrative daily tallies from {} to {}"
                    + " in {} ms. {}", info.rows(), info.from(), info.to(),
                (System.nanoTime() - started) / 1_000_000, info.note()));
    }
}
