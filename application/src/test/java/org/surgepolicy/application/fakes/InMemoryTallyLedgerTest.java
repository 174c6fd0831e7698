package org.surgepolicy.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.contracts.TallyLedgerContract;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The fake ledger keeps the port's contract, which the JDBC ledger runs too and on which the services rely; and it
 * counts its versions one by one and its reads by kind, which the services' tests read.
 */
class InMemoryTallyLedgerTest extends TallyLedgerContract<InMemoryStore> {

    private InMemoryTallyLedger fake;

    @Override
    protected InMemoryStore openStore() {
        return new InMemoryStore();
    }

    @Override
    protected TallyLedger newLedger(InMemoryStore store) {
        fake = new InMemoryTallyLedger(store.clock());
        return fake;
    }

    @Test
    void theVersionCountsTheAppendsThatStoredSomething() {
        assertThat(append(T1, borderPatrol(DAY, "RGV", 10), borderPatrol(DAY, "TCA", 4)))
            .isEqualTo(new AppendResult(2, 0, 0));
        long version = fake.version();

        assertThat(append(T2, borderPatrol(DAY, "RGV", 10), borderPatrol(DAY, "TCA", 4)))
            .isEqualTo(new AppendResult(0, 0, 2));
        assertThat(fake.version()).isEqualTo(version).isEqualTo(1);
    }

    @Test
    void rebuildingTakesOneVersion() {
        append(T1, borderPatrol(DAY, "RGV", 1), borderPatrol(DAY.plusDays(3), "RGV", 1));
        long before = fake.version();

        fake.rebuildMaintainedAggregates();

        assertThat(fake.version()).isEqualTo(before + 1);
    }

    @Test
    void knownAtIsInclusiveAndSeesNothingRecordedLater() {
        append(T1, borderPatrol(DAY, "RGV", 1));
        append(T2, borderPatrol(DAY, "RGV", 2), borderPatrol(DAY, "MIP", 5));

        assertThat(fake.aggregatesKnownAt(DAY, DAY, T1))
            .isEqualTo(DailyAggregates.of(List.of(borderPatrol(DAY, "RGV", 1))));
        assertThat(fake.aggregatesKnownAt(DAY, DAY, T2)).isEqualTo(fake.aggregates(DAY, DAY));
        assertThat(fake.aggregatesKnownAt(DAY, DAY, T1.minusNanos(1)).size()).isZero();
        assertThat(fake.knownAtReads()).isEqualTo(3);
    }

    @Test
    void readsAreCountedByKind() {
        append(T1, borderPatrol(DAY, "RGV", 1), borderPatrol(DAY.plusDays(1), "RGV", 1));

        fake.aggregates(DAY, DAY.plusDays(5));
        DailyAggregates some = fake.aggregates(List.of(DAY.plusDays(1), DAY.plusDays(9), DAY.plusDays(1)));

        assertThat(some.size()).isEqualTo(1);
        assertThat(fake.rangeReads()).isEqualTo(1);
        assertThat(fake.dayReads()).containsExactly(List.of(DAY.plusDays(1), DAY.plusDays(9)));
    }
}
