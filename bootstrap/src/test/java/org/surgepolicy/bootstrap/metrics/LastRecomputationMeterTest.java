package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.jobs.port.in.JobRun;

/** The last completed recomputation's end as Unix seconds, read when scraped; NaN while none has completed. */
class LastRecomputationMeterTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicReference<JobRun> last = new AtomicReference<>();

    private double value() {
        return registry.get(LastRecomputationMeter.NAME).gauge().value();
    }

    @Test
    void isNaNUntilARunCompletesThenWhenTheNewestEnded() {
        new LastRecomputationMeter(() -> Optional.ofNullable(last.get()), Duration.ZERO).bindTo(registry);

        assertThat(value()).isNaN();

        last.set(new JobRun(4, "recomputeJob", JobRun.RunStatus.COMPLETED, "COMPLETED", null,
            Instant.parse("2024-08-10T06:30:00Z"), Instant.parse("2024-08-10T06:31:02.250Z"), "admin", List.of(),
            List.of(), List.of()));

        assertThat(value()).isEqualTo(1_723_271_462.25);
    }
}
