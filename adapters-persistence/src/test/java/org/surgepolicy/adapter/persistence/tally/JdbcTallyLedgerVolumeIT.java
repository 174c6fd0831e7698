package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.TallyLedgerContract;
import org.surgepolicy.application.fakes.MutableClock;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.application.tally.port.out.TallyLedger.TallyQuery;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;

/**
 * Ten years of tallies at 2,000 rows a day (7.3 million revisions, and a second revision of one key in twenty) on
 * PostgreSQL: what a day's submission and the reads cost at that volume. Loading takes minutes, so it runs only
 * when asked: {@code -Dit.test=JdbcTallyLedgerVolumeIT -Dsurge.test.volume=true}.
 */
@EnabledIfSystemProperty(named = "surge.test.volume", matches = "true",
    disabledReason = "measures ten years of tallies on PostgreSQL; run with -Dsurge.test.volume=true")
@ExtendWith(PostgresServer.class)
class JdbcTallyLedgerVolumeIT {

    private static final int DAYS = 3_650;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST_DAY = FIRST_DAY.plusDays(DAYS - 1);
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%-62s %,10d ms%n", what, Duration.ofNanos(System.nanoTime() - start).toMillis());
        return result;
    }

    @Test
    void tenYearsOfTalliesStayFastToAppendAndToRead() {
        try (TestDatabase database = TestDatabase.postgres()) {
            Instant now = Instant.parse("2025-01-01T12:00:00Z");
            MutableClock clock = database.clock();
            clock.set(now);
            JdbcTallyLedger ledger = new JdbcTallyLedger(database.dataSource(), database.commitClock());
            List<Tally> keys = TallyLedgerContract.twoThousandRows(FIRST_DAY, 0);
            timed("load 3,650 days x 2,000 revisions, plus 1 in 20 revised", () -> load(database, keys));
            int days = timed("rebuild the maintained tables from all revisions",
                () -> database.inTransaction(ledger::rebuildMaintainedAggregates));
            database.jdbc().sql("analyze").update();

            DailyAggregates all = timed("read all aggregates (first)", () -> ledger.aggregates(FIRST, END));
            timed("read all aggregates (again)", () -> ledger.aggregates(FIRST, END));
            long version = ledger.version();

            LocalDate newDay = LAST_DAY.plusDays(1);
            AppendResult appended = timed("append a new day of 2,000 rows", () -> database.inTransaction(
                () -> ledger.append(TallyLedgerContract.twoThousandRows(newDay, 0), "operator", "daily")));
            clock.set(now.plusSeconds(60));
            AppendResult revised = timed("append a revision of that day (1,000 of 2,000 changed)",
                () -> database.inTransaction(() -> ledger.append(TallyLedgerContract.twoThousandRows(newDay, 1),
                    "operator", "daily")));
            clock.set(now.plusSeconds(120));
            AppendResult unchanged = timed("append the same 2,000 rows again", () -> database.inTransaction(
                () -> ledger.append(TallyLedgerContract.twoThousandRows(newDay, 1), "operator", "daily")));
            List<LocalDate> changed = timed("days changed since before the appends",
                () -> ledger.daysChangedSince(version));
            DailyAggregates patch = timed("read the changed days", () -> ledger.aggregates(changed));

            LocalDate policyFrom = LAST_DAY.minusDays(540);
            Instant midway = FIRST_DAY.plusDays(DAYS - 200).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            DailyAggregates policyKnownAt = timed("aggregates known at an instant, the last 1.5 years",
                () -> ledger.aggregatesKnownAt(policyFrom, END, midway));
            DailyAggregates allKnownAt = timed("aggregates known at an instant, all ten years",
                () -> ledger.aggregatesKnownAt(FIRST, END, now.plusSeconds(3_600)));
            DailyAggregates rebuilt = timed("rebuild the aggregates from all revisions",
                () -> ledger.rebuildAggregates(FIRST, END));
            int latest = timed("one day's latest revisions", () -> ledger.revisions(
                new TallyQuery(LAST_DAY, null, null, false)).size());
            int history = timed("one day's history as known at an instant", () -> ledger.revisions(
                new TallyQuery(LAST_DAY.minusDays(300), "SDC", midway, true)).size());

            assertThat(days).isEqualTo(DAYS);
            assertThat(all.size()).isEqualTo(DAYS);
            assertThat(appended).isEqualTo(new AppendResult(2_000, 0, 0));
            assertThat(revised).isEqualTo(new AppendResult(0, 1_000, 1_000));
            assertThat(unchanged).isEqualTo(new AppendResult(0, 0, 2_000));
            assertThat(changed).containsExactly(newDay);
            assertThat(patch.days()).hasSize(1);
            assertThat(allKnownAt).isEqualTo(rebuilt).isEqualTo(ledger.aggregates(FIRST, END));
            assertThat(policyKnownAt.newestDay()).contains(LAST_DAY.minusDays(201));
            assertThat(latest).isEqualTo(2_000);
            assertThat(history).as("SDC's 252 keys, 13 of them revised").isEqualTo(265);
        }
    }

    /**
     * Writes the revisions in SQL (through the adapter it would take hours): the 2,000 keys on every day, recorded
     * the next day, and a second count for every twentieth key recorded the day after; ids follow the instants, as
     * appends assign them.
     */
    private static int load(TestDatabase database, List<Tally> keys) {
        database.jdbc().sql("create table volume_key (k integer primary key, component varchar(8), area varchar(8),"
            + " demographic varchar(32), citizenship varchar(64), encounter_type varchar(16))").update();
        for (int k = 0; k < keys.size(); k++) {
            var key = keys.get(k).key();
            database.jdbc().sql("insert into volume_key values (?, ?, ?, ?, ?, ?)")
                .params(k, key.component().name(), key.area().value(), key.demographic().name(),
                    key.citizenship().name(), key.encounterType().name())
                .update();
        }
        int rows = database.jdbc().sql("""
            insert into tally_revision (id, tally_date, component, area, demographic, citizenship, encounter_type,
                                        encounter_count, previous_count, recorded_at, recorded_by, source)
            select row_number() over (order by recorded_at, k), tally_date, component, area, demographic,
                   citizenship, encounter_type, encounter_count, previous_count, recorded_at, 'loader', 'volume'
            from (select date '2015-01-01' + d as tally_date, k.*, (d * 7 + k.k * 13) % 40 as encounter_count,
                         cast(null as bigint) as previous_count,
                         timestamp with time zone '2015-01-02 12:00:00+00' + d * interval '1 day' as recorded_at
                  from generate_series(0, :days - 1) d cross join volume_key k
                  union all
                  select date '2015-01-01' + d, k.*, (d * 7 + k.k * 13) % 40 + 5, (d * 7 + k.k * 13) % 40,
                         timestamp with time zone '2015-01-03 13:00:00+00' + d * interval '1 day'
                  from generate_series(0, :days - 1) d cross join volume_key k
                  where k.k % 20 = 0) revisions
            """).param("days", DAYS).update();
        database.jdbc().sql("update tally_ledger set last_revision_id = (select max(id) from tally_revision)").update();
        database.jdbc().sql("update commit_clock set last_stamp = (select max(recorded_at) from tally_revision)")
            .update();
        database.jdbc().sql("drop table volume_key").update();
        return rows;
    }
}
