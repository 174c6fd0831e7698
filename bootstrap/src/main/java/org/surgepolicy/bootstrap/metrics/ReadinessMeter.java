package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether the service can answer, as its readiness probe says (the {@code readiness} health group, the database
 * included), so that a rule sees it in the same scrape as everything else. A load balancer asks the probe itself.
 */
public final class ReadinessMeter implements MeterBinder {

    static final String NAME = "surge.service.ready";
    static final String READINESS_GROUP = "readiness";

    private final HealthEndpoint health;

    public ReadinessMeter(HealthEndpoint health) {
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(NAME, this, ReadinessMeter::ready)
            .description("1 when the readiness probe (/actuator/health/readiness) is UP, 0 otherwise")
            .strongReference(true).register(registry);
    }

    private double ready() {
        HealthDescriptor readiness = health.healthForPath(READINESS_GROUP);
        return readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0;
    }
}
