package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

/** The readiness gauge is 1 only while the readiness group is UP, read at each scrape. */
class ReadinessMeterTest {

    private final HealthEndpoint health = mock(HealthEndpoint.class);
    private final MeterRegistry registry = new SimpleMeterRegistry();

    private void readiness(Status status) {
        // A group's health is a composite of its members' (readinessState and db).
        CompositeHealthDescriptor descriptor = mock(CompositeHealthDescriptor.class);
        when(descriptor.getStatus()).thenReturn(status);
        when(health.healthForPath(ReadinessMeter.READINESS_GROUP)).thenReturn(descriptor);
    }

    private double value() {
        return registry.get(ReadinessMeter.NAME).gauge().value();
    }

    @Test
    void oneWhileTheReadinessGroupIsUpZeroOtherwise() {
        new ReadinessMeter(health).bindTo(registry);
        readiness(Status.UP);

        assertThat(value()).isEqualTo(1.0);

        readiness(Status.DOWN);
        assertThat(value()).isZero();

        readiness(Status.OUT_OF_SERVICE);
        assertThat(value()).isZero();

        when(health.healthForPath(ReadinessMeter.READINESS_GROUP)).thenReturn(null);
        assertThat(value()).as("no readiness group").isZero();
    }
}
