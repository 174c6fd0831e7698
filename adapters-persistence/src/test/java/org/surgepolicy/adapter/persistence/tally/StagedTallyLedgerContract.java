package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.surgepolicy.adapter.persistence.DatabaseContract;
import org.surgepolicy.application.imports.port.out.StagedTallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.domain.tally.LedgerAppend;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.tally.TallyRevision;

/**
 * What every {@link StagedTallyLedger} must do: publish an import's staged rows as the ledger's one append rule,
 * {@link LedgerAppend}, says, on random ledgers and files (each seed one case; a failure names its seed). The set-based
 * publish is the rule written again in SQL for speed; this is what keeps the two one.
 */
abstract class StagedTallyLedgerContract extends DatabaseContract {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);
    private static final List<String> AREAS = List.of("RGV", "EPT", "SDC", "TCA");
    private static final List<String> DEMOGRAPHICS = List.of("SINGLE_ADULTS", "FMUA");
    private static final List<String> CITIZENSHIPS = List.of("MEXICO", "GUATEMALA", "CANADA");

    private TallyLedger ledger;
    private StagedTallyLedger staged;

    @BeforeEach
    void createAdapters() {
        ledger = new JdbcTallyLedger(database.dataSource(), commitClock);
        staged = new JdbcStagedTallyLedger(database.dataSource(), commitClock);
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 12);
    }

    /** A tally of a few days and cells, so that keys meet: some new, some equal, some changed. */
    private static Tally randomTally(Random random) {
        return new Tally(TallyKey.parse(FIRST_DAY.plusDays(random.nextInt(3)), "USBP",
            AREAS.get(random.nextInt(AREAS.size())), DEMOGRAPHICS.get(random.nextInt(DEMOGRAPHICS.size())),
            CITIZENSHIPS.get(random.nextInt(CITIZENSHIPS.size())), "APPREHENSIONS"), random.nextInt(4));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anImportsRowsArePublishedAsTheAppendRuleSays(int seed) {
        Random random = new Random(seed);
        List<Tally> earlier = new ArrayList<>();
        for (int i = random.nextInt(30); i > 0; i--) {
            earlier.add(randomTally(random));
        }
        committedAt(Instant.parse("2024-06-05T00:00:00Z"), () -> ledger.append(earlier, "operator", "earlier"));
        Map<TallyKey, Long> before = latest();
        long lastRevision = revisions().stream().mapToLong(TallyRevision::sequence).max().orElse(0);
        // The file's keys are distinct, as an import's are once its repeated keys are rejected; its lines come in
        // any order of key.
        Map<TallyKey, Tally> distinct = new LinkedHashMap<>();
        for (int i = 1 + random.nextInt(40); i > 0; i--) {
            Tally tally = randomTally(random);
            distinct.putIfAbsent(tally.key(), tally);
        }
        List<Tally> file = new ArrayList<>(distinct.values());
        Collections.shuffle(file, random);
        long importId = stage(file);

        AppendResult published = committedAt(Instant.parse("2024-06-06T00:00:00Z"),
            () -> staged.publish(importId, "importer", "import-" + importId));

        LedgerAppend.Outcome expected = LedgerAppend.of(file, before::get, lastRevision);
        assertThat(published).as("seed %d", seed)
            .isEqualTo(new AppendResult(expected.added(), expected.revised(), expected.unchanged()));
        List<TallyRevision> recorded = revisions().stream().filter(r -> r.sequence() > lastRevision).toList();
        assertThat(recorded).as("seed %d", seed).extracting(r -> new LedgerAppend.Revision(r.sequence(), r.tally(),
                before.containsKey(r.tally().key()) ? before.get(r.tally().key()) : null))
            .containsExactlyInAnyOrderElementsOf(expected.revisions());
        Map<TallyKey, Long> after = new HashMap<>(before);
        expected.revisions().forEach(r -> after.put(r.tally().key(), r.tally().count()));
        assertThat(latest()).as("seed %d", seed).isEqualTo(after);
        assertThat(ledger.aggregates(FIRST_DAY, FIRST_DAY.plusDays(2))).as("seed %d", seed)
            .isEqualTo(ledger.rebuildAggregates(FIRST_DAY, FIRST_DAY.plusDays(2)));
        Map<Long, Long> previousCounts = new HashMap<>();
        expected.revisions().forEach(r -> previousCounts.put(r.id(), r.previous()));
        assertThat(previousCountsAfter(lastRevision)).as("seed %d", seed).isEqualTo(previousCounts);
        assertThat(ledger.compareAggregates().differingDays()).as("seed %d", seed).isEmpty();
        assertThat(ledger.brokenChains(10)).as("seed %d", seed).isEqualTo(TallyLedger.BrokenChains.none());
    }

    /** The previous count stored with each revision after {@code id}. */
    private Map<Long, Long> previousCountsAfter(long id) {
        Map<Long, Long> previous = new HashMap<>();
        database.jdbc().sql("select id, previous_count from tally_revision where id > :id").param("id", id)
            .query(rs -> {
                previous.put(rs.getLong(1), rs.getObject(2, Long.class));
            });
        return previous;
    }

    @Test
    void theRecorderAndSourceAreKeptAsTheyAreAndThePublishedRowsLeaveTheStagingArea() {
        String recordedBy = "o'brien \\ \"ops\"";
        String source = "file\twith \"quotes\", a back\\slash,\na new line and \\N";
        Tally tally = new Tally(TallyKey.parse(FIRST_DAY, "USBP", "RGV", "FMUA", "CHINA, PEOPLES REPUBLIC OF",
            "EXPULSIONS"), 3);
        long importId = stage(List.of(tally));

        AppendResult published = committedAt(Instant.parse("2024-06-06T00:00:00Z"),
            () -> staged.publish(importId, recordedBy, source));

        assertThat(published).isEqualTo(new AppendResult(1, 0, 0));
        assertThat(revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.tally()).isEqualTo(tally);
            assertThat(revision.recordedBy()).isEqualTo(recordedBy);
            assertThat(revision.source()).isEqualTo(source);
            assertThat(revision.recordedAt()).isEqualTo(Instant.parse("2024-06-06T00:00:00Z"));
        });
        assertThat(database.jdbc().sql("select count(*) from import_staged_tally where import_id = :id")
            .param("id", importId).query(Long.class).single()).isZero();
    }

    private long stage(List<Tally> file) {
        return StagedImports.stage(database, file);
    }

    private List<TallyRevision> revisions() {
        List<TallyRevision> all = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            all.addAll(ledger.revisions(new TallyLedger.TallyQuery(FIRST_DAY.plusDays(day), null, null, true)));
        }
        return all;
    }

    private Map<TallyKey, Long> latest() {
        Map<TallyKey, Long> latest = new HashMap<>();
        for (int day = 0; day < 3; day++) {
            ledger.revisions(new TallyLedger.TallyQuery(FIRST_DAY.plusDays(day), null, null, false))
                .forEach(r -> latest.put(r.tally().key(), r.tally().count()));
        }
        return latest;
    }
}
