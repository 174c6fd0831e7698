package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * On PostgreSQL, revising keys rewrites their latest counts on the pages they are on, however full the table is: its
 * pages keep half their room free for that (V22). A row version written on its own page, with no indexed column
 * changed, is a heap-only update: the key index keeps its entry. Enough keys are written first to fill some twenty
 * pages, none of which would have room left without the free half.
 */
class LatestCountsUpdatedInPlacePostgresIT extends PostgresLedgerTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);
    private static final List<String> AREAS = List.of("RGV", "EPT", "SDC", "TCA");
    private static final List<String> DEMOGRAPHICS = List.of("SINGLE_ADULTS", "FMUA");
    private static final List<String> CITIZENSHIPS = List.of("MEXICO", "GUATEMALA", "CANADA");
    private static final List<String> TYPES = List.of("APPREHENSIONS", "INADMISSIBLES", "EXPULSIONS");
    /** Days of keys: 30 make 2,160 keys. */
    private static final int DAYS = 30;

    @Test
    void theTableKeepsHalfOfEachPageFree() {
        assertThat(database.jdbc().sql("select array_to_string(reloptions, ',') from pg_class"
            + " where oid = 'tally_latest'::regclass").query(String.class).single()).isEqualTo("fillfactor=50");
    }

    @Test
    void anImportRevisingEveryKeyLeavesEachLatestCountOnItsPage() {
        List<Tally> first = tallies(0);
        database.committedAt(Instant.parse("2024-07-01T00:00:00Z"), () -> ledger.append(first, "operator", "first"));
        Map<String, Long> pages = pagesOfKeys();
        long importId = StagedImports.stage(database, tallies(1));

        AppendResult published = database.committedAt(Instant.parse("2024-07-02T00:00:00Z"),
            () -> staged.publish(importId, "importer", "import-" + importId));

        assertThat(published).isEqualTo(new AppendResult(0, first.size(), 0));
        assertThat(pages.values().stream().distinct().count()).isGreaterThan(10);
        assertThat(pagesOfKeys()).isEqualTo(pages);
        assertThat(latestTotal()).isEqualTo(total(tallies(1)));
    }

    @Test
    void submissionsRevisingEveryKeyLeaveEachLatestCountOnItsPage() {
        List<Tally> first = tallies(0);
        database.committedAt(Instant.parse("2024-07-01T00:00:00Z"), () -> ledger.append(first, "operator", "first"));
        Map<String, Long> pages = pagesOfKeys();

        AppendResult appended = database.committedAt(Instant.parse("2024-07-02T00:00:00Z"),
            () -> ledger.append(tallies(1), "operator", "revised"));

        assertThat(appended).isEqualTo(new AppendResult(0, first.size(), 0));
        assertThat(pagesOfKeys()).isEqualTo(pages);
        assertThat(latestTotal()).isEqualTo(total(tallies(1)));
    }

    /**
     * The publish updates the latest counts by the address of the row versions it compared against, which only the
     * ledger's lock keeps current. A writer going around the lock (here, SQL on a connection of its own) that changes
     * a latest count while the publish writes must not be lost in silence: the publish fails and writes nothing.
     */
    @Test
    void aLatestCountChangedAroundTheLedgersLockDuringThePublishFailsItAndWritesNothing() throws Exception {
        List<Tally> first = tallies(0);
        database.committedAt(Instant.parse("2024-07-01T00:00:00Z"), () -> ledger.append(first, "operator", "first"));
        long importId = StagedImports.stage(database, tallies(1));
        long latestBefore = latestTotal();
        String oneKey = "tally_date = date '2024-06-30' and component = 'USBP' and area = 'TCA'"
            + " and demographic = 'FMUA' and citizenship = 'CANADA' and encounter_type = 'EXPULSIONS'";
        try (Connection other = database.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                assertThat(statement.executeUpdate("update tally_latest set encounter_count = encounter_count + 100"
                    + " where " + oneKey)).isEqualTo(1);
            }
            // The other writer commits once the publish's commit statement waits for that row.
            CompletableFuture<Void> otherCommits = CompletableFuture.runAsync(() -> {
                awaitPublishWaitingForARowLock();
                try {
                    other.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThatThrownBy(() -> database.committedAt(Instant.parse("2024-07-02T00:00:00Z"),
                    () -> staged.publish(importId, "importer", "import-" + importId)))
                .hasMessageContaining("tally_latest changed while the ledger's lock was held; nothing is published");
            otherCommits.get(30, TimeUnit.SECONDS);
        }

        assertThat(latestTotal()).isEqualTo(latestBefore + 100);
        assertThat(database.jdbc().sql("select count(*) from tally_revision").query(Long.class).single())
            .isEqualTo(first.size());
        assertThat(database.jdbc().sql("select count(*) from import_staged_tally where import_id = :id")
            .param("id", importId).query(Long.class).single()).isEqualTo(first.size());
    }

    private void awaitPublishWaitingForARowLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (database.jdbc().sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
            + " and query like 'with gone as (delete from import_staged_tally%'").query(Long.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the publish's commit statement never waited for the row");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every key of the first {@link #DAYS} days, each with a count that {@code revision} moves. */
    private static List<Tally> tallies(int revision) {
        List<Tally> tallies = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (String area : AREAS) {
                for (String demographic : DEMOGRAPHICS) {
                    for (String citizenship : CITIZENSHIPS) {
                        for (String type : TYPES) {
                            tallies.add(new Tally(TallyKey.parse(
                                FIRST_DAY.plusDays(day), "USBP", area, demographic, citizenship, type),
                                10 + tallies.size() % 7 + revision));
                        }
                    }
                }
            }
        }
        return tallies;
    }

    /** The page of tally_latest that holds each key's row (the block number of its row version). */
    private Map<String, Long> pagesOfKeys() {
        Map<String, Long> pages = new HashMap<>();
        database.jdbc().sql("select concat_ws('|', tally_date, component, area, demographic, citizenship,"
                + " encounter_type), (ctid::text::point)[0] from tally_latest")
            .query(rs -> {
                pages.put(rs.getString(1), rs.getLong(2));
            });
        return pages;
    }
}
