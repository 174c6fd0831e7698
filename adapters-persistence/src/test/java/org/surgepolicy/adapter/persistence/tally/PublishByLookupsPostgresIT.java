package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * On PostgreSQL the publish's two statements join the staged rows to the latest counts by lookups, whatever the
 * planner knows of the staged rows, and give the planner's settings back for the rest of the transaction.
 */
class PublishByLookupsPostgresIT extends PostgresLedgerTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);

    @Test
    void thePlannersSettingsAreAsTheTransactionHadThemAfterEachStatement() {
        long importId = StagedImports.stage(database, tallies(200, 0));
        AtomicReference<String> afterCellDeltas = new AtomicReference<>();
        AtomicReference<String> afterCommitStatement = new AtomicReference<>();

        database.committedAt(Instant.parse("2024-07-02T00:00:00Z"), () -> {
            database.jdbc().sql("set local enable_mergejoin = off").update();
            staged.publish(importId, "importer", "import-" + importId);
            afterCellDeltas.set(joinSettings());
            // Registered after the publish's commit statement, so it runs after it.
            commitClock.atCommit(at -> afterCommitStatement.set(joinSettings()));
            return null;
        });

        assertThat(afterCellDeltas.get()).isEqualTo("hash join on, merge join off");
        assertThat(afterCommitStatement.get()).isEqualTo("hash join on, merge join off");
        assertThat(database.jdbc().sql("select count(*) from tally_revision").query(Long.class).single())
            .isEqualTo(200);
    }

    @Test
    void stagedRevisionsThePlannerHasAnalysedArePublishedInFull() {
        List<Tally> first = tallies(300, 0);
        database.committedAt(Instant.parse("2024-07-01T00:00:00Z"), () -> ledger.append(first, "operator", "first"));
        List<Tally> file = new ArrayList<>(tallies(300, 5).subList(0, 200));
        file.addAll(first.subList(200, 300));
        long importId = StagedImports.stage(database, file);
        database.jdbc().sql("analyze import_staged_tally").update();

        AppendResult published = database.committedAt(Instant.parse("2024-07-02T00:00:00Z"),
            () -> staged.publish(importId, "importer", "import-" + importId));

        assertThat(published).isEqualTo(new AppendResult(0, 200, 100));
        assertThat(latestTotal()).isEqualTo(total(first) + 200 * 5);
        assertThat(database.jdbc().sql("select count(*) from tally_revision where previous_count is not null")
            .query(Long.class).single()).isEqualTo(200);
        assertThat(database.jdbc().sql("select count(*) from import_staged_tally").query(Long.class).single())
            .isZero();
    }

    private String joinSettings() {
        return database.jdbc().sql("select 'hash join ' || current_setting('enable_hashjoin') || ', merge join '"
            + " || current_setting('enable_mergejoin')").query(String.class).single();
    }

    /** {@code count} keys over the days from June 2024, each count moved by {@code shift}. */
    private static List<Tally> tallies(int count, int shift) {
        List<String> areas = List.of("RGV", "EPT", "SDC", "TCA");
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tallies.add(new Tally(TallyKey.parse(FIRST_DAY.plusDays(i / 4), "USBP", areas.get(i % 4), "SINGLE_ADULTS",
                "MEXICO", "APPREHENSIONS"), 10 + i % 7 + shift));
        }
        return tallies;
    }
}
