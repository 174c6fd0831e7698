package org.surgepolicy.adapter.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.application.imports.port.in.LoadDemoDataUseCase;

class DemoDataLoaderTest {

    private static final DemoDataInfo LOADED = new DemoDataInfo(LoadDemoDataUseCase.SOURCE, true,
        LoadDemoDataUseCase.NOTE, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 8, 31), 1, Instant.EPOCH);

    private final AtomicInteger loads = new AtomicInteger();
    private final LoadDemoDataUseCase loader = data -> {
        loads.incrementAndGet();
        return new Outcome.Done<>(LOADED);
    };

    @Test
    void nothingIsLoadedUnlessTheConfigurationAsksForIt() {
        new DemoDataLoader(loader, Optional::empty, new DemoDataProperties(false))
            .run(new DefaultApplicationArguments());

        assertThat(loads).hasValue(0);
    }

    @Test
    void theDataIsLoadedWhenAskedForAndAbsent() {
        new DemoDataLoader(loader, Optional::empty, new DemoDataProperties(true))
            .run(new DefaultApplicationArguments());

        assertThat(loads).hasValue(1);
    }

    @Test
    void dataLoadedBeforeIsNotReadAgain() {
        new DemoDataLoader(loader, () -> Optional.of(LOADED), new DemoDataProperties(true))
            .run(new DefaultApplicationArguments());

        assertThat(loads).hasValue(0);
    }
}
