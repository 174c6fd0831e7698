package org.surgepolicy.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.audit.JdbcAuditTrail;
import org.surgepolicy.adapter.persistence.determination.JdbcDeterminationLog;
import org.surgepolicy.adapter.persistence.override.JdbcOverrideStore;
import org.surgepolicy.adapter.persistence.tally.JdbcTallyLedger;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.application.tally.port.out.TallyLedger.TallyQuery;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.WindowAverage;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.tally.TallyRevision;

/**
 * What the commit clock promises, run against each database by a subclass: whatever a transaction writes to the
 * ledger, the determination log, the overrides and the audit trail carries the instant it committed, and an answer
 * as known at an instant never changes afterwards.
 */
abstract class CommitClockContract extends DatabaseContract {

    private static final String POLICY = "securing-the-border";
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Instant T1 = Instant.parse("2024-06-02T12:00:00.000001Z");
    private static final Instant T2 = Instant.parse("2024-06-02T12:01:00Z");
    private static final Duration MICROSECOND = Duration.ofNanos(1_000);

    private JdbcTallyLedger ledger;
    private JdbcDeterminationLog determinations;
    private JdbcOverrideStore overrides;
    private JdbcAuditTrail trail;

    @BeforeEach
    void createAdapters() {
        ledger = new JdbcTallyLedger(database.dataSource(), commitClock);
        determinations = new JdbcDeterminationLog(database.dataSource(), commitClock);
        overrides = new JdbcOverrideStore(database.dataSource(), commitClock);
        trail = new JdbcAuditTrail(database.dataSource(), commitClock);
    }

    private static Tally rgv(long count) {
        return new Tally(TallyKey.parse(DAY, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS"), count);
    }

    private static Determination low() {
        LocalDate day = DAY.plusDays(1);
        return new Determination(day.plusDays(1), DeterminationType.LOW, day.plusDays(15), "p10773", "Test §1",
            new Evidence(List.of(new EvidenceWindow(new WindowAverage(day, day, 7, 1),
                List.of(new DailyCount(day, 7)))), 1_500, "<"));
    }

    private static PolicyOverride courtOrder() {
        return new PolicyOverride(0, PolicyStateKind.DISCONTINUED, DAY, null, "Stay", "Court", T1, "admin");
    }

    private static AuditEvent event(String action) {
        return new AuditEvent(T1, "operator", action, POLICY, AuditDigest.sha256(action), action);
    }

    private List<TallyRevision> history() {
        return ledger.revisions(new TallyQuery(DAY, null, null, true));
    }

    private long countedKnownAt(Instant knownAt) {
        return ledger.aggregatesKnownAt(DAY, DAY, knownAt).day(DAY).map(d -> d.totals().values().stream()
            .mapToLong(Long::longValue).sum()).orElse(0L);
    }

    @Test
    void whatATransactionWritesCarriesTheInstantItCommitsNotTheInstantItWrote() {
        clock.set(T1);
        database.inTransaction(() -> {
            ledger.append(List.of(rgv(5)), "operator", "report");
            determinations.recordNew(POLICY, List.of(low()));
            trail.append(event("TALLIES_SUBMITTED"));
            clock.set(T2);
            return null;
        });

        assertThat(history()).extracting(TallyRevision::recordedAt).containsExactly(T2);
        assertThat(determinations.recorded(POLICY, null)).extracting(RecordedDetermination::recordedAt)
            .containsExactly(T2);
        AuditEntry entry = trail.list(new AuditTrail.Filter(null, null, null, null), 0, 1).entries().getFirst();
        assertThat(entry.event().at()).isEqualTo(T2);
        assertThat(trail.verify().intact()).isTrue();
        assertThat(countedKnownAt(T2.minus(MICROSECOND))).isZero();
        assertThat(countedKnownAt(T2)).isEqualTo(5);
    }

    @Test
    void stampsFollowCommitOrderEvenWhenTheClockGoesBack() {
        PolicyOverride first = committedAt(T2, () -> overrides.add(POLICY, courtOrder()));
        PolicyOverride second = committedAt(T1, () -> overrides.add(POLICY, courtOrder()));
        committedAt(T1, () -> ledger.append(List.of(rgv(6)), "operator", "report"));

        assertThat(first.recordedAt()).isEqualTo(T2);
        assertThat(second.recordedAt()).isEqualTo(T2);
        assertThat(overrides.list(POLICY, null)).containsExactly(first, second);
        assertThat(history()).extracting(TallyRevision::recordedAt).containsExactly(T2);
    }

    @Test
    void anInstantAReaderWasAnsweredForIsNeverStampedAgain() {
        committedAt(T1, () -> ledger.append(List.of(rgv(5)), "operator", "report"));
        long answered = countedKnownAt(T1);

        committedAt(T1, () -> ledger.append(List.of(rgv(9)), "operator", "report"));

        assertThat(countedKnownAt(T1)).isEqualTo(answered).isEqualTo(5);
        assertThat(history()).extracting(TallyRevision::recordedAt)
            .containsExactly(T1, T1.plus(MICROSECOND));
        assertThat(countedKnownAt(T1.plus(MICROSECOND))).isEqualTo(9);
    }

    @Test
    void aQuestionAboutTheFutureDoesNotPushTheStampsIntoIt() {
        clock.set(T1);
        assertThat(countedKnownAt(T2)).isZero();

        committedAt(T1, () -> ledger.append(List.of(rgv(5)), "operator", "report"));

        assertThat(history()).extracting(TallyRevision::recordedAt)
            .containsExactly(T1.plus(MICROSECOND));
    }

    /**
     * An override takes its stamp as it is added and commits a moment later: a reader asking about that instant in
     * between waits for the commit, and then sees it.
     */
    @Test
    void aReaderWaitsForATransactionBetweenItsStampAndItsCommit() throws Exception {
        clock.set(T1);
        CountDownLatch stamped = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<PolicyOverride> writer = threads.submit(() -> database.inTransaction(() -> {
            PolicyOverride added = overrides.add(POLICY, courtOrder());
            stamped.countDown();
            await(commit);
            return added;
        }));
        assertThat(stamped.await(60, TimeUnit.SECONDS)).as("the writer took its stamp").isTrue();

        Future<List<PolicyOverride>> reader = threads.submit(() -> overrides.list(POLICY, T1));
        // Time for the reader to reach the clock's lock; on a slow machine it may not have, and the test proves less.
        Thread.sleep(500);
        boolean answeredBeforeTheCommit = reader.isDone();
        commit.countDown();

        PolicyOverride added = writer.get(60, TimeUnit.SECONDS);
        List<PolicyOverride> answer = reader.get(60, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(answeredBeforeTheCommit).isFalse();
        assertThat(answer).containsExactly(added);
        assertThat(added.recordedAt()).isEqualTo(T1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the writer commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
