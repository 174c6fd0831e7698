package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.TallyLedgerContract;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;

/**
 * The tally ledger's contract on each database (a subclass names it), and what only the JDBC ledger does: it reads
 * many days in chunks, rebuilds its maintained tables, writes only inside a transaction and checks its text columns.
 */
abstract class JdbcTallyLedgerContract extends TallyLedgerContract<TestDatabase> {

    @Override
    protected TallyLedger newLedger(TestDatabase database) {
        return new JdbcTallyLedger(database.dataSource(), database.commitClock());
    }

    @Test
    void anAppendOverManyDaysReadsTheirLatestCountsInChunks() {
        List<Tally> days = new ArrayList<>();
        for (int i = 0; i < JdbcTallyLedger.DAYS_PER_QUERY + 100; i++) {
            days.add(rgv(DAY.minusDays(i), i));
            days.add(miami(DAY.minusDays(i), 1));
        }

        committedAt(T1, () -> ledger.append(days, "operator", "history"));
        AppendResult again = committedAt(T2, () -> ledger.append(days, "operator", "history"));

        assertThat(again).isEqualTo(new AppendResult(0, 0, days.size()));
        assertThat(ledger.aggregates(FIRST, LAST)).isEqualTo(DailyAggregates.of(days))
            .isEqualTo(ledger.rebuildAggregates(FIRST, LAST));
        assertThat(ledger.aggregates(days.stream().map(t -> t.key().date()).toList()).size())
            .isEqualTo(JdbcTallyLedger.DAYS_PER_QUERY + 100);
    }

    @Test
    void rebuildingReplacesADriftedAggregate() {
        append(T1, rgv(DAY, 5), miami(DAY, 3), rgv(DAY.plusDays(1), 2));
        store.jdbc().sql("update daily_aggregate set total = 999").update();
        store.jdbc().sql("update tally_latest set encounter_count = 998").update();
        long version = ledger.version();
        assertThat(ledger.aggregates(FIRST, LAST)).isNotEqualTo(ledger.rebuildAggregates(FIRST, LAST));

        int days = store.inTransaction(ledger::rebuildMaintainedAggregates);

        assertThat(days).isEqualTo(2);
        assertThat(ledger.aggregates(FIRST, LAST)).isEqualTo(ledger.rebuildAggregates(FIRST, LAST))
            .isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 5), miami(DAY, 3), rgv(DAY.plusDays(1), 2))));
        assertThat(ledger.version()).isGreaterThan(version);
        assertThat(ledger.daysChangedSince(version)).containsExactly(DAY, DAY.plusDays(1));
        assertThat(append(T2, rgv(DAY, 5))).isEqualTo(new AppendResult(0, 0, 1));
    }

    @Test
    void writesOutsideATransactionAreRefused() {
        assertThatThrownBy(() -> ledger.append(List.of(rgv(DAY, 1)), "operator", "report"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThatThrownBy(ledger::rebuildMaintainedAggregates)
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
    }

    @Test
    void recordedByAndSourceMustFitTheLedger() {
        assertThatThrownBy(() -> append(T1, "x".repeat(201), rgv(DAY, 1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordedBy must be 1 to 200");
    }
}
