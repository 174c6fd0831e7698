package org.surgepolicy.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.in.ListAuditEventsQuery.Query;
import org.surgepolicy.application.fakes.InMemoryAuditTrail;
import org.surgepolicy.application.fakes.MutableClock;
import org.surgepolicy.domain.audit.AuditAction;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

class ListAuditEventsServiceTest {

    private static final Instant T0 = Instant.parse("2024-07-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(clock);
    private final Auditor auditor = new Auditor(trail, clock);
    private final ListAuditEventsService service = new ListAuditEventsService(trail);

    private void threeEvents() {
        auditor.record("operator", AuditAction.TALLIES_SUBMITTED, "report-1", "a", "first");
        clock.advance(Duration.ofMinutes(1));
        auditor.record("admin", AuditAction.OVERRIDE_RECORDED, "securing-the-border", "b", "second");
        clock.advance(Duration.ofMinutes(1));
        auditor.record("operator", AuditAction.TALLIES_SUBMITTED, "report-2", "c", "third");
    }

    @Test
    void theQueryFiltersByTimeActorAndActionAndPages() {
        threeEvents();

        AuditPage byOperator = service.list(new Query(null, null, "operator", "TALLIES_SUBMITTED", 0, 10));
        AuditPage laterOnes = service.list(new Query(T0.plusSeconds(60), null, null, null, 0, 1));

        assertThat(byOperator.entries()).extracting(e -> e.event().summary()).containsExactly("third", "first");
        assertThat(byOperator.total()).isEqualTo(2);
        assertThat(laterOnes.entries()).extracting(AuditEntry::sequence).containsExactly(3L);
        assertThat(laterOnes.total()).isEqualTo(2);
    }

    @Test
    void aPageOutOfRangeOrAnEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> new Query(null, null, null, null, -1, 10))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("page", "must be 0 or more, was -1")));
        assertThatThrownBy(() -> new Query(null, null, null, null, 0, 501))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("size", "must be between 1 and 500, was 501")));
        assertThatThrownBy(() -> new Query(T0, T0.minusSeconds(1), null, null, 0, 10))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("to"));
    }
}
