package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

/**
 * What every {@link AuditTrail} must do, run by each implementation's subclass: the JDBC adapter on each database and
 * the in-memory fake the services' tests use.
 */
public abstract class AuditTrailContract<S extends ContractStore> extends PortContract<S> {

    protected static final Instant T0 = Instant.parse("2024-06-05T12:00:00.123456789Z");
    protected static final HeadDigest.Key KEY = new HeadDigest.Key(new byte[32]);

    protected AuditTrail trail;

    /** The implementation under test, keeping its data in {@code store}. */
    protected abstract AuditTrail newAuditTrail(S store);

    @BeforeEach
    void createAuditTrail() {
        trail = newAuditTrail(store);
    }

    protected static AuditEvent event(int n, String actor, String action) {
        return new AuditEvent(T0.plusSeconds(n), actor, action, "securing-the-border",
            AuditDigest.sha256("payload " + n), "event " + n);
    }

    /** Appends the event in a transaction that commits at the event's instant; returns the entry as stored. */
    protected AuditEntry append(AuditEvent event) {
        committedAt(event.at(), () -> {
            trail.append(event);
            return null;
        });
        return newest();
    }

    protected AuditEntry newest() {
        return trail.list(new AuditTrail.Filter(null, null, null, null), 0, 1).entries().getFirst();
    }

    protected void appendFive() {
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
    void entriesAppendedInOneTransactionFollowEachOtherInTheirOrderWithItsCommitInstant() {
        AuditEntry before = append(event(1, "operator", "TALLIES_SUBMITTED"));
        Instant commit = Instant.parse("2024-06-05T12:00:10.123456Z");
        committedAt(commit, () -> {
            trail.append(event(2, "operator", "TALLIES_SUBMITTED"));
            trail.append(event(3, "auditor", "TALLIES_SUBMITTED"));
            trail.append(event(4, "system", "DETERMINATION_RECORDED"));
            return null;
        });

        List<AuditEntry> entries = trail.list(new AuditTrail.Filter(null, null, null, null), 0, 10).entries();
        assertThat(entries).extracting(e -> e.event().summary())
            .containsExactly("event 4", "event 3", "event 2", "event 1");
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(4L, 3L, 2L, 1L);
        assertThat(entries.subList(0, 3)).allSatisfy(e -> assertThat(e.event().at()).isEqualTo(commit));
        assertThat(entries.get(2).previousHash()).isEqualTo(before.hash());
        assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(trail.verify()).isEqualTo(new AuditChain.Verification(4, null, null));
    }

    @Test
    void anEmptyTrailVerifies() {
        assertThat(trail.verify()).isEqualTo(new AuditChain.Verification(0, null, null));
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
            tasks.add(() -> committedAt(T0, () -> {
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
    void theHeadIsTheLastEntrysSequenceAndHashOrTheGenesis() {
        assertThat(trail.head()).isEqualTo(new AuditTrail.Head(0, AuditChain.GENESIS));
        appendFive();
        AuditEntry last = trail.list(new AuditTrail.Filter(null, null, null, null), 0, 1).entries().getFirst();

        assertThat(trail.head()).isEqualTo(new AuditTrail.Head(5, last.hash()));
    }
}
