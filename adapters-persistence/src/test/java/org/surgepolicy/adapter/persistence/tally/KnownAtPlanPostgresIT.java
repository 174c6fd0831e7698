package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * On PostgreSQL a read as known at an instant is planned for the days and instant it asks about every time, also once
 * the driver has prepared it on the server (from its fifth run on a connection), where the planner would otherwise
 * reuse a plan made without those values; the transaction's own plan cache mode is given back after each read.
 */
class KnownAtPlanPostgresIT extends PostgresLedgerTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);
    private static final Instant RECORDED = Instant.parse("2024-08-01T00:00:00Z");

    @Test
    void everyReadOnAConnectionIsPlannedForItsOwnValuesAndTheModeIsGivenBack() {
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            tallies.add(new Tally(TallyKey.parse(FIRST_DAY.plusDays(i / 4), "USBP", List.of("RGV", "EPT", "SDC", "TCA")
                .get(i % 4), "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS"), 10 + i % 7));
        }
        database.committedAt(RECORDED, () -> ledger.append(tallies, "operator", "plans"));

        Map<String, Object> plans = database.inTransaction(() -> {
            List<DailyAggregates> reads = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                reads.add(ledger.aggregatesKnownAt(FIRST_DAY, FIRST_DAY.plusDays(99), RECORDED));
            }
            assertThat(reads).allSatisfy(read -> assertThat(read).isEqualTo(reads.getFirst()));
            assertThat(reads.getFirst().size()).isEqualTo(100);
            return database.jdbc().sql("select sum(generic_plans) as generic, sum(custom_plans) as custom,"
                    + " current_setting('plan_cache_mode') as mode from pg_prepared_statements"
                    + " where statement like '%recorded_at <= $%'")
                .query().singleRow();
        });

        assertThat(((Number) plans.get("custom")).longValue()).isGreaterThanOrEqualTo(5);
        assertThat(((Number) plans.get("generic")).longValue()).isZero();
        assertThat(plans.get("mode")).isEqualTo("auto");
    }
}
