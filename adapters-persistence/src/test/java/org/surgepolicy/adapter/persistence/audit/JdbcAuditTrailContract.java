package org.surgepolicy.adapter.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.application.contracts.AuditTrailContract;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

/**
 * The contract of the audit trail on each database (a subclass names it), and what only the JDBC adapter does: it
 * keeps instants to the microsecond, and its verification names the rows changed, deleted or reordered in the
 * database.
 */
abstract class JdbcAuditTrailContract extends AuditTrailContract<TestDatabase> {

    @Override
    protected AuditTrail newAuditTrail(TestDatabase database) {
        return new JdbcAuditTrail(database.dataSource(), database.commitClock());
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
    void aRowChangedInTheDatabaseIsNamed() {
        appendFive();

        store.jdbc().sql("update audit_entry set summary = 'nothing happened' where sequence = 3").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
        assertThat(verification.reason()).contains("entry 3").contains("changed after it was written");
    }

    @Test
    void aRowWhoseHashWasRecomputedBreaksTheNextOne() {
        appendFive();

        store.jdbc().sql("update audit_entry set actor = 'someone-else' where sequence = 2").update();
        AuditEntry forged = trail.list(new AuditTrail.Filter(null, null, "someone-else", null), 0, 1).entries()
            .getFirst();
        store.jdbc().sql("update audit_entry set hash = :hash where sequence = 2")
            .param("hash", AuditChain.hash(2, forged.event(), forged.previousHash())).update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(3L);
        assertThat(verification.reason()).contains("previous hash does not match");
    }

    @Test
    void aRowDeletedInTheMiddleIsNamed() {
        appendFive();

        store.jdbc().sql("delete from audit_entry where sequence = 2").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
        assertThat(verification.reason()).contains("entries are missing");
    }

    @Test
    void theLastRowDeletedIsCaughtByTheHead() {
        appendFive();

        store.jdbc().sql("delete from audit_entry where sequence = 5").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(5L);
        assertThat(verification.reason()).contains("removed from the end");
    }

    @Test
    void rowsReorderedInTheDatabaseAreNamed() {
        appendFive();

        store.jdbc().sql("update audit_entry set sequence = -1 where sequence = 2").update();
        store.jdbc().sql("update audit_entry set sequence = 2 where sequence = 4").update();
        store.jdbc().sql("update audit_entry set sequence = 4 where sequence = -1").update();

        AuditChain.Verification verification = trail.verify();
        assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void aDigestIsCheckedAgainstTheEntriesUpToItsOwnOnly() {
        appendFive();
        AuditEntry third = trail.list(new AuditTrail.Filter(null, null, null, null), 2, 1).entries().getFirst();
        HeadDigest digest = HeadDigest.sign(3, third.hash(), T0, KEY);

        store.jdbc().sql("update audit_entry set actor = 'someone-else' where sequence = 5").update();
        assertThat(trail.verifyAgainst(digest)).isEqualTo(new AuditChain.Verification(3, null, null));

        store.jdbc().sql("delete from audit_entry where sequence >= 3").update();
        AuditChain.Verification shorter = trail.verifyAgainst(digest);
        assertThat(shorter.firstBrokenSequence()).isEqualTo(3L);
        assertThat(shorter.reason()).contains("the chain is shorter than the digest");
    }
}
