package org.surgepolicy.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryAuditTrail;
import org.surgepolicy.application.fakes.MutableClock;
import org.surgepolicy.domain.audit.AuditAction;

class VerifyAuditTrailServiceTest {

    private static final Instant T0 = Instant.parse("2024-07-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(clock);
    private final Auditor auditor = new Auditor(trail, clock);
    private final VerifyAuditTrailService service = new VerifyAuditTrailService(trail);

    @Test
    void anIntactTrailVerifiesEveryEntry() {
        auditor.record("operator", AuditAction.TALLIES_SUBMITTED, "report-1", "a", "first");
        clock.advance(Duration.ofMinutes(1));
        auditor.record("admin", AuditAction.OVERRIDE_RECORDED, "securing-the-border", "b", "second");
        clock.advance(Duration.ofMinutes(1));
        auditor.record("operator", AuditAction.TALLIES_SUBMITTED, "report-2", "c", "third");

        assertThat(service.verify().intact()).isTrue();
        assertThat(service.verify().entriesChecked()).isEqualTo(3);
    }
}
