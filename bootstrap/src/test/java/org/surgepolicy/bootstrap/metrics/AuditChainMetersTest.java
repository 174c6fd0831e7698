package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.surgepolicy.domain.audit.AuditChain;

/**
 * The audit chain's gauges show the latest verification: none yet (NaN), intact, broken; a verification that could
 * not run leaves the last result and its time, so that its age shows that checks stopped.
 */
class AuditChainMetersTest {

    private static final Instant FIRST = Instant.parse("2024-08-10T06:00:00Z");
    private static final Instant SECOND = Instant.parse("2024-08-10T07:00:00Z");

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final Clock clock = mock(Clock.class);
    private final AtomicReference<AuditChain.Verification> next = new AtomicReference<>();
    private final AuditChainMeters meters = new AuditChainMeters(() -> {
        AuditChain.Verification verification = next.get();
        if (verification == null) {
            throw new DataAccessResourceFailureException("the database is down");
        }
        return verification;
    }, clock, Duration.ofHours(1), Duration.ofSeconds(10));

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void nothingIsKnownBeforeTheFirstVerification() {
        meters.bindTo(registry);

        assertThat(gauge(AuditChainMeters.INTACT)).isNaN();
        assertThat(gauge(AuditChainMeters.ENTRIES)).isNaN();
        assertThat(gauge(AuditChainMeters.VERIFIED)).isNaN();
    }

    /** A verification at {@code at} that finds {@code verification}, or fails when it is null. */
    private void verify(Instant at, AuditChain.Verification verification) {
        when(clock.instant()).thenReturn(at);
        next.set(verification);
        meters.verify();
    }

    @Test
    void anIntactChainThenABrokenOneWithWhenEachWasChecked() {
        meters.bindTo(registry);

        verify(FIRST, new AuditChain.Verification(12, null, null));
        assertThat(gauge(AuditChainMeters.INTACT)).isEqualTo(1.0);
        assertThat(gauge(AuditChainMeters.ENTRIES)).isEqualTo(12.0);
        assertThat(gauge(AuditChainMeters.VERIFIED)).isEqualTo(FIRST.getEpochSecond());

        verify(SECOND, new AuditChain.Verification(5, 5L, "the hash of entry 5 does not match its content"));
        assertThat(gauge(AuditChainMeters.INTACT)).isZero();
        assertThat(gauge(AuditChainMeters.ENTRIES)).isEqualTo(5.0);
        assertThat(gauge(AuditChainMeters.VERIFIED)).isEqualTo(SECOND.getEpochSecond());
    }

    @Test
    void aVerificationThatCouldNotRunLeavesTheLastResultAndItsTime() {
        meters.bindTo(registry);
        verify(FIRST, new AuditChain.Verification(12, null, null));

        verify(SECOND, null);

        assertThat(gauge(AuditChainMeters.INTACT)).isEqualTo(1.0);
        assertThat(gauge(AuditChainMeters.VERIFIED)).isEqualTo(FIRST.getEpochSecond());
    }
}
