package org.surgepolicy.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.application.contracts.AuditTrailContract;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;

/** The fake audit trail keeps the port's contract, and shows its chained entries oldest first. */
class InMemoryAuditTrailTest extends AuditTrailContract<InMemoryStore> {

    private static final String FAKE_POLICY = "securing-the-border";
    private static final Instant FAKE_T1 = Instant.parse("2024-07-01T12:00:00Z");

    @Override
    protected InMemoryStore openStore() {
        return new InMemoryStore();
    }

    @Override
    protected AuditTrail newAuditTrail(InMemoryStore store) {
        return new InMemoryAuditTrail(store.clock());
    }

    private static AuditEvent fakeEvent(int n, String actor, String action) {
        return new AuditEvent(FAKE_T1.plusSeconds(n), actor, action, FAKE_POLICY, AuditDigest.sha256("payload " + n),
            "event " + n);
    }

    @Test
    void theAuditTrailChainsItsEntriesAndListsThemNewestFirstByPage() {
        MutableClock clock = new MutableClock(FAKE_T1);
        InMemoryAuditTrail trail = new InMemoryAuditTrail(clock);
        for (AuditEvent event : List.of(fakeEvent(1, "operator", "TALLIES_SUBMITTED"),
            fakeEvent(2, "system", "DETERMINATION_RECORDED"), fakeEvent(3, "admin", "OVERRIDE_RECORDED"),
            fakeEvent(4, "operator", "TALLIES_SUBMITTED"))) {
            clock.set(event.at());
            trail.append(event);
        }
        AuditEntry first = trail.entries().getFirst();

        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(trail.entries().get(1).previousHash()).isEqualTo(first.hash());
        assertThat(trail.verify()).isEqualTo(new AuditChain.Verification(4, null, null));
        AuditPage operator = trail.list(new AuditTrail.Filter(null, null, "operator", null), 0, 10);
        assertThat(operator.entries()).extracting(AuditEntry::sequence).containsExactly(4L, 1L);
        AuditPage window = trail.list(new AuditTrail.Filter(FAKE_T1.plusSeconds(2), FAKE_T1.plusSeconds(3), null,
            null), 0, 10);
        assertThat(window.entries()).extracting(AuditEntry::sequence).containsExactly(3L, 2L);
        AuditPage secondPage = trail.list(new AuditTrail.Filter(null, null, null, null), 1, 3);
        assertThat(secondPage.entries()).extracting(AuditEntry::sequence).containsExactly(1L);
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(trail.list(new AuditTrail.Filter(null, null, null, null), 5, 3).entries()).isEmpty();
    }
}
