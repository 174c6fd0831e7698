package org.surgepolicy.adapter.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.DatabaseContract;
import org.surgepolicy.application.port.in.AuditPage;
import org.surgepolicy.application.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

/** What every {@link AuditTrail} must do, run against each database by a subclass. */
abstract class AuditTrailContract extends DatabaseContract {

    private static final Instant T0 = Instant.parse("2024-06-05T12:00:00.123456789Z");
    private static final HeadDigest.Key KEY = new HeadDigest.Key(new byte[32]);

    private AuditTrail trail;

    @BeforeEach
    void createAdapter() {
        trail = new JdbcAuditTrail(database.dataSource(), commitClock);
    }

    private static AuditEvent event(int n, String actor, String action) {
        return new AuditEvent(T0.plusSeconds(n), actor, action, "securing-the-border",
            AuditDigest.sha256("payload " + n), "event " + n);
    }

    /** Appends the event in a transaction that commits at the event's instant; returns the entry as stored. */
    private AuditEntry append(AuditEvent event) {
        committedAt(event.at(), () -> {
            trail.append(event);
            return null;
        });
        return newest();
    }

    private AuditEntry newest() {
        return trail.list(new AuditTrail.Filter(null, null, null, null), 0, 1).entries().getFirst();
    }

    private void appendFive() {
        append(event(1, "operator", "TALLIES_SUBMITTED"));
        append(event(2, "system", "DETERMINATION_RECORDED"));
        append(event(3, "admin", "OVERRIDE_RECORDED"));
        append(event(4, "operator", "TALLIES_SUBMITTED"));
        append(event(5, "system", "DETERMINATION_RECORDED"));
    }

    @Test
    void entriesAreChainedInSequenceAndVerify() {
        AuditEntry first = append(event(1, "operator", "TALLIES_SUBMITTED"));
        AuditEntry second = append(event(2, "system", "DETERMINATION_RECORDED"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        AuditChain.Verification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(2);
    }

    @Test
    void anEmptyTrailVerifies() {
        assertThat(trail.verify()).isEqualTo(new AuditChain.Verification(0, null, null));
    }

    @Test
    void entriesComeBackWithTheirCommitInstantCutToMicrosecondsAndHashedOverIt() {
        AuditEvent event = event(1, "operator", "TALLIES_SUBMITTED");

        AuditEntry read = append(event);

        AuditEvent stored = new AuditEvent(Instant.parse("2024-06-05T12:00:01.123456Z"), event.actor(),
            event.action(), event.subject(), event.payloadDigest(), event.summary());
        assertThat(read).isEqualTo(AuditChain.next(0, AuditChain.GENESIS, stored));
    }

    @Test
    void listingFiltersByTimeActorAndActionNewestFirstAndPages() {
        appendFive();

        AuditPage operator = trail.list(new AuditTrail.Filter(null, null, "operator", null), 0, 10);
        assertThat(operator.entries()).extracting(AuditEntry::sequence).containsExactly(4L, 1L);
        assertThat(operator.total()).isEqualTo(2);

        AuditPage determinations = trail.list(
            new AuditTrail.Filter(null, null, null, "DETERMINATION_RECORDED"), 0, 10);
        assertThat(determinations.entries()).extracting(AuditEntry::sequence).containsExactly(5L, 2L);

        AuditPage window = trail.list(new AuditTrail.Filter(T0.plusSeconds(2), T0.plusSeconds(4), null, null),
            0, 10);
        assertThat(window.entries()).extracting(AuditEntry::sequence).containsExactly(4L, 3L, 2L);

        AuditPage secondPage = trail.list(new AuditTrail.Filter(null, null, null, null), 1, 2);
        assertThat(secondPage.entries()).extracting(AuditEntry::sequence).containsExactly(3L, 2L);
        assertThat(secondPage.total()).isEqualTo(5);
    }

    @Test
    void concurrentAppendsMakeOneChainWithoutGaps() throws Exception {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            tasks.add(() -> database.inTransaction(() -> {
                trail.append(event(n, "operator-" + n, "TALLIES_SUBMITTED"));
                return null;
            }));
        }

        concurrently(tasks);

        List<AuditEntry> entries = trail.list(new AuditTrail.Filter(null, null, null, null), 0, 50).entries();
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(
            20L, 19L, 18L, 17L, 16L, 15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(entries).extracting(e -> e.event().actor()).doesNotHaveDuplicates();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRowChangedInTheDatabaseIsNamed() {
        appendFive();

        database.jdbc().sql("update audit_entry set summary = 'nothing happened' where sequence = 3").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
        assertThat(verification.reason()).contains("entry 3").contains("changed after it was written");
    }

    @Test
    void aRowWhoseHashWasRecomputedBreaksTheNextOne() {
        appendFive();

        database.jdbc().sql("update audit_entry set actor = 'someone-else' where sequence = 2").update();
        AuditEntry forged = trail.list(new AuditTrail.Filter(null, null, "someone-else", null), 0, 1).entries()
            .getFirst();
        database.jdbc().sql("update audit_entry set hash = :hash where sequence = 2")
            .param("hash", AuditChain.hash(2, forged.event(), forged.previousHash())).update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
        assertThat(verification.reason()).contains("previous hash does not match");
    }

    @Test
    void aRowDeletedInTheMiddleIsNamed() {
        appendFive();

        database.jdbc().sql("delete from audit_entry where sequence = 2").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
        assertThat(verification.reason()).contains("entries are missing");
    }

    @Test
    void theLastRowDeletedIsCaughtByTheHead() {
        appendFive();

        database.jdbc().sql("delete from audit_entry where sequence = 5").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(5L);
        assertThat(verification.reason()).contains("removed from the end");
    }

    @Test
    void rowsReorderedInTheDatabaseAreNamed() {
        appendFive();

        database.jdbc().sql("update audit_entry set sequence = -1 where sequence = 2").update();
        database.jdbc().sql("update audit_entry set sequence = 2 where sequence = 4").update();
        database.jdbc().sql("update audit_entry set sequence = 4 where sequence = -1").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void theHeadIsTheLastEntrysSequenceAndHashOrTheGenesis() {
        assertThat(trail.head()).isEqualTo(new AuditTrail.Head(0, AuditChain.GENESIS));
        appendFive();
        AuditEntry last = trail.list(new AuditTrail.Filter(null, null, null, null), 0, 1).entries().getFirst();

        assertThat(trail.head()).isEqualTo(new AuditTrail.Head(5, last.hash()));
    }

    @Test
    void aDigestIsCheckedAgainstTheEntriesUpToItsOwnOnly() {
        appendFive();
        AuditEntry third = trail.list(new AuditTrail.Filter(null, null, null, null), 2, 1).entries().getFirst();
        HeadDigest digest = HeadDigest.sign(3, third.hash(), T0, KEY);

        database.jdbc().sql("update audit_entry set actor = 'someone-else' where sequence = 5").update();
        assertThat(trail.verifyAgainst(digest)).isEqualTo(new AuditChain.Verification(3, null, null));

        database.jdbc().sql("delete from audit_entry where sequence >= 3").update();
        AuditChain.Verification shorter = trail.verifyAgainst(digest);
        assertThat(shorter.firstBrokenSequence()).isEqualTo(3L);
        assertThat(shorter.reason()).contains("the chain is shorter than the digest");
    }
}
