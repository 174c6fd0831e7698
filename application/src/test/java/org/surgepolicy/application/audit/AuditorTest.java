package org.surgepolicy.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;
import static org.surgepolicy.domain.fixtures.Tallies.fieldOperations;
import static org.surgepolicy.domain.fixtures.Tallies.unaccompaniedChildren;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryAuditTrail;
import org.surgepolicy.application.fakes.MutableClock;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.tally.Tally;

class AuditorTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Instant NOW = Instant.parse("2024-06-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(clock);
    private final Auditor auditor = new Auditor(trail, clock);

    private static List<Tally> tallies() {
        return List.of(borderPatrol(DAY, "RGV", 412), borderPatrol(DAY, "TCA", 30),
            borderPatrol(DAY.plusDays(1), "RGV", 398), unaccompaniedChildren(DAY, "HONDURAS", 12),
            fieldOperations(DAY, 50));
    }

    private static List<Tally> shuffled(long seed) {
        List<Tally> copy = new ArrayList<>(tallies());
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    @Test
    void theCanonicalTextOfTalliesDoesNotDependOnTheirOrder() {
        String canonical = Auditor.canonical(tallies());

        for (long seed = 1; seed <= 20; seed++) {
            assertThat(Auditor.canonical(shuffled(seed))).isEqualTo(canonical);
        }
        assertThat(Auditor.canonical(tallies().reversed())).isEqualTo(canonical);
        assertThat(canonical.lines()).hasSize(5)
            .contains("2024-06-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,412");
    }

    @Test
    void shuffledTalliesGetTheSameDigestAndAnotherCountAnother() {
        auditor.talliesSubmitted("operator", "report", tallies(), 5);
        auditor.talliesSubmitted("operator", "report", shuffled(7), 0);
        List<Tally> changed = new ArrayList<>(tallies());
        changed.set(1, borderPatrol(DAY, "TCA", 31));
        auditor.talliesSubmitted("operator", "report", changed, 1);

        List<String> digests = trail.entries().stream().map(e -> e.event().payloadDigest()).toList();
        assertThat(digests.get(1)).isEqualTo(digests.get(0));
        assertThat(digests.get(2)).isNotEqualTo(digests.get(0));
        assertThat(digests.get(0)).isEqualTo(AuditDigest.sha256(Auditor.canonical(tallies())));
        assertThat(trail.entries().getFirst().event().summary())
            .isEqualTo("5 tallies from report, 5 new revisions");
    }

    @Test
    void eachRecordedDeterminationIsOneEventOfTheSystemWithTheDigestOfItsEvidence() {
        auditor.determinationsRecorded(SHIPPED_ID, List.of(WorkedExample3.low(), WorkedExample3.low(1_400)));

        List<AuditEntry> entries = trail.entries();
        assertThat(entries).extracting(e -> e.event().action())
            .containsExactly("DETERMINATION_RECORDED", "DETERMINATION_RECORDED");
        assertThat(entries).extracting(e -> e.event().actor()).containsOnly(Auditor.SYSTEM);
        assertThat(entries).extracting(e -> e.event().at()).containsOnly(NOW);
        assertThat(entries.get(0).event().payloadDigest()).isEqualTo(AuditDigest.sha256(
            "2024-07-11,LOW,2024-07-25,p10773,Proclamation 10773 §2(a)-(c), §4,1500\n2024-07-04,2024-07-10,10493"));
        assertThat(entries.get(1).event().payloadDigest()).isNotEqualTo(entries.get(0).event().payloadDigest());
        assertThat(trail.verify().intact()).isTrue();
    }
}
