package org.surgepolicy.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.port.in.AuditPage;
import org.surgepolicy.application.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.WindowAverage;

/** The fake determination log, override store and audit trail keep the semantics of their JDBC adapters. */
class InMemoryRecordsTest {

    private static final String POLICY = "securing-the-border";
    private static final Instant T1 = Instant.parse("2024-07-01T12:00:00Z");
    private static final Instant T2 = Instant.parse("2024-07-02T12:00:00Z");

    /** A determination on {@code date} resting on one window of a single day that counted {@code count}. */
    private static Determination determination(LocalDate date, DeterminationType type, long count) {
        LocalDate day = date.minusDays(1);
        return new Determination(date, type, date.plusDays(1), "v1", "Test rule §1", new Evidence(List.of(
            new EvidenceWindow(new WindowAverage(day, day, count, 1), List.of(new DailyCount(day, count)))), 10,
            type == DeterminationType.LOW ? "<" : ">="));
    }

    @Test
    void theLogKeepsTheFirstRecordingOfEachDateAndTypeAndReadsByDateThenType() {
        MutableClock clock = new MutableClock(T1);
        InMemoryDeterminationLog log = new InMemoryDeterminationLog(clock);
        LocalDate day = LocalDate.of(2024, 6, 20);
        Determination low = determination(day, DeterminationType.LOW, 1);
        Determination high = determination(day, DeterminationType.HIGH, 50);
        Determination earlier = determination(day.minusDays(5), DeterminationType.LOW, 2);

        List<Determination> first = log.recordNew(POLICY, List.of(low));
        clock.set(T2);
        List<Determination> second = log.recordNew(POLICY,
            List.of(determination(day, DeterminationType.LOW, 3), high, earlier));
        log.recordNew("other-policy", List.of(low));

        assertThat(first).containsExactly(low);
        assertThat(second).containsExactly(high, earlier);
        assertThat(log.recorded(POLICY, null)).contains(new RecordedDetermination(POLICY, low, T1));
        assertThat(log.recorded(POLICY, null)).extracting(RecordedDetermination::determination)
            .containsExactly(earlier, high, low);
        assertThat(log.recorded(POLICY, T2.minusNanos(1))).extracting(RecordedDetermination::determination)
            .containsExactly(low);
        assertThat(log.recorded("other-policy", null)).hasSize(1);
    }

    @Test
    void overridesGetIdsAndAVersionAndAreListedInRecordingOrderAsKnownAt() {
        MutableClock clock = new MutableClock(T2);
        InMemoryOverrideStore store = new InMemoryOverrideStore(clock);
        LocalDate from = LocalDate.of(2024, 7, 1);
        PolicyOverride later = Evaluations.courtOrder(0, PolicyStateKind.IN_EFFECT, from, null);
        PolicyOverride earlier = new PolicyOverride(0, PolicyStateKind.DISCONTINUED, from, from.plusDays(3),
            "Stay", "Court", T1, "admin");

        PolicyOverride first = store.add(POLICY, later);
        clock.set(T1);
        PolicyOverride second = store.add(POLICY, earlier);
        store.add("other-policy", later);

        assertThat(first.id()).isEqualTo(1);
        assertThat(first.recordedAt()).isEqualTo(T2);
        assertThat(second.id()).isEqualTo(2);
        assertThat(second.recordedAt()).isEqualTo(T1);
        assertThat(store.version()).isEqualTo(3);
        assertThat(store.list(POLICY, null)).containsExactly(second, first);
        assertThat(store.list(POLICY, T1)).containsExactly(second);
        assertThat(store.list(POLICY, T1.minusNanos(1))).isEmpty();
    }

    private static AuditEvent event(int n, String actor, String action) {
        return new AuditEvent(T1.plusSeconds(n), actor, action, POLICY, AuditDigest.sha256("payload " + n),
            "event " + n);
    }

    @Test
    void theAuditTrailChainsItsEntriesAndListsThemNewestFirstByPage() {
        MutableClock clock = new MutableClock(T1);
        InMemoryAuditTrail trail = new InMemoryAuditTrail(clock);
        for (AuditEvent event : List.of(event(1, "operator", "TALLIES_SUBMITTED"),
            event(2, "system", "DETERMINATION_RECORDED"), event(3, "admin", "OVERRIDE_RECORDED"),
            event(4, "operator", "TALLIES_SUBMITTED"))) {
            clock.set(event.at());
            trail.append(event);
        }
        AuditEntry first = trail.entries().getFirst();

        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(trail.entries().get(1).previousHash()).isEqualTo(first.hash());
        assertThat(trail.verify()).isEqualTo(new AuditChain.Verification(4, null, null));
        AuditPage operator = trail.list(new AuditTrail.Filter(null, null, "operator", null), 0, 10);
        assertThat(operator.entries()).extracting(AuditEntry::sequence).containsExactly(4L, 1L);
        AuditPage window = trail.list(new AuditTrail.Filter(T1.plusSeconds(2), T1.plusSeconds(3), null,
            null), 0, 10);
        assertThat(window.entries()).extracting(AuditEntry::sequence).containsExactly(3L, 2L);
        AuditPage secondPage = trail.list(new AuditTrail.Filter(null, null, null, null), 1, 3);
        assertThat(secondPage.entries()).extracting(AuditEntry::sequence).containsExactly(1L);
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(trail.list(new AuditTrail.Filter(null, null, null, null), 5, 3).entries()).isEmpty();
    }
}
