package org.surgepolicy.adapter.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.DatabaseContract;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.application.imports.port.out.ImportStates;
import org.surgepolicy.application.imports.port.out.StoredFile;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.ImportStatus;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.statistics.Statistic;
import org.surgepolicy.domain.statistics.TitleOfAuthority;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * What the imports' ports ({@link ImportRecords}, {@link ImportStates}, {@link ImportStaging}) must do, run against
 * each database by a subclass.
 */
abstract class ImportPortsContract extends DatabaseContract {

    private static final Instant AT = Instant.parse("2024-08-01T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 7, 1);

    private ImportRecords records;
    private ImportStates states;
    private ImportStaging staging;

    @BeforeEach
    void createAdapters() {
        records = new JdbcImportRecords(database.dataSource(), ImportFormats.standard());
        states = new JdbcImportStates(database.dataSource());
        staging = new JdbcImportStaging(database.dataSource(), ImportFormats.standard());
    }

    private ImportRecords.Created create(ImportFormat format, String checksum) {
        return records.create(new ImportRecords.NewImport(format, "file.csv", new StoredFile("/tmp/" + checksum,
            checksum, 100), 3, null, AT, "operator", "node-a"));
    }

    private ImportRun queued(ImportFormat format, String checksum) {
        return ((ImportRecords.Queued) create(format, checksum)).run();
    }

    private ImportRun find(long id) {
        return records.find(id).orElseThrow();
    }

    private static ImportLine.TallyLine tally(long line, String area, long count) {
        return new ImportLine.TallyLine(line, new Tally(TallyKey.parse(DAY, "USBP", area, "SINGLE_ADULTS", "MEXICO",
            "APPREHENSIONS"), count), "line " + line);
    }

    private static ImportLine.StatisticLine statistic(long line, AreaCode area, long count) {
        return new ImportLine.StatisticLine(line, new Statistic(Dataset.CBP_NATIONWIDE, YearMonth.of(2024, 6),
            Component.USBP, area, Demographic.SINGLE_ADULTS, new Citizenship("MEXICO"), TitleOfAuthority.TITLE_8,
            EncounterType.APPREHENSIONS, count), "line " + line);
    }

    @Test
    void aNewImportIsQueuedAndNamedForItsIdAndFile() {
        ImportRun run = queued(ImportFormats.DAILY, "a".repeat(64));

        assertThat(run.state()).isEqualTo(new ImportState.Queued(null));
        assertThat(run.format()).isEqualTo(ImportFormats.DAILY);
        assertThat(run.source()).isEqualTo("import-" + run.id() + " file.csv");
        assertThat(run.maxRejects()).isEqualTo(3);
        assertThat(run.attempt()).isZero();
        assertThat(run.node()).isEqualTo("node-a");
        assertThat(records.active()).containsExactly(run);
        assertThat(records.latestBySource(run.source())).contains(run);
    }

    @Test
    void theFormatAndTheStatusAreStoredAsTheColumnsHaveAlwaysHeldThem() {
        long nationwide = queued(ImportFormats.CBP_NATIONWIDE, "a".repeat(64)).id();
        long southwest = queued(ImportFormats.CBP_SOUTHWEST, "b".repeat(64)).id();
        long daily = queued(ImportFormats.DAILY, "c".repeat(64)).id();
        states.markRunning(daily, 12);

        Map<Long, String> stored = new HashMap<>();
        database.jdbc().sql("select id, format, status from import_run").query(rs -> {
            stored.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
        });

        assertThat(stored).containsEntry(nationwide, "CBP_MONTHLY QUEUED").containsEntry(southwest,
            "CBP_SOUTHWEST QUEUED").containsEntry(daily, "DAILY RUNNING");
        assertThat(find(nationwide).format()).isEqualTo(ImportFormats.CBP_NATIONWIDE);
        assertThat(find(daily).jobExecutionId()).isEqualTo(12L);
    }

    @Test
    void aFileIsUnderWayOnceAtATime() {
        ImportRun first = queued(ImportFormats.DAILY, "a".repeat(64));

        assertThat(create(ImportFormats.DAILY, "a".repeat(64)))
            .isEqualTo(new ImportRecords.AlreadyActive(first));

        states.finish(first.id(), new ImportState.Completed(AT));
        ImportRun second = queued(ImportFormats.DAILY, "a".repeat(64));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(states.requeue(first.id(), ImportStatus.COMPLETED, 0, "node-b", AT))
            .isEqualTo(ImportStates.Requeue.SAME_FILE_ACTIVE);
        assertThat(states.markRunning(first.id(), 5)).isFalse();
    }

    @Test
    void aMoveHoldsOnlyFromTheStateAndAttemptTheCallerSaw() {
        ImportRun run = queued(ImportFormats.DAILY, "a".repeat(64));
        states.markWaiting(run.id(), 0, new ImportState.Queued(null).waiting("waiting for a slot"));
        assertThat(find(run.id()).message()).isEqualTo("waiting for a slot");
        states.markRunning(run.id(), 7);

        assertThat(states.requeue(run.id(), ImportStatus.QUEUED, 0, "node-b", AT))
            .isEqualTo(ImportStates.Requeue.MOVED);
        assertThat(states.requeue(run.id(), ImportStatus.RUNNING, 0, "node-b", AT.plusSeconds(60)))
            .isEqualTo(ImportStates.Requeue.REQUEUED);
        ImportRun requeued = find(run.id());
        assertThat(requeued.state()).isEqualTo(new ImportState.Queued(null));
        assertThat(requeued.attempt()).isEqualTo(1);
        assertThat(requeued.node()).isEqualTo("node-b");
        assertThat(requeued.queuedAt()).isEqualTo(AT.plusSeconds(60));

        assertThat(states.failAttempt(run.id(), 0, new ImportState.Failed("too late", AT))).isFalse();
        assertThat(states.failAttempt(run.id(), 1, new ImportState.Failed("the disk is full", AT))).isTrue();
        assertThat(find(run.id()).state()).isEqualTo(new ImportState.Failed("the disk is full", AT));
        assertThat(states.failAttempt(run.id(), 1, new ImportState.Failed("again", AT))).isFalse();
        states.markWaiting(run.id(), 1, new ImportState.Queued("not queued any more"));
        assertThat(find(run.id()).message()).isEqualTo("the disk is full");
        assertThat(records.active()).isEmpty();
    }

    @Test
    void anEndedImportKeepsItsEndAndReason() {
        long id = queued(ImportFormats.DAILY, "a".repeat(64)).id();

        states.finish(id, new ImportState.Rejected("11 lines rejected", AT));

        assertThat(find(id).state()).isEqualTo(new ImportState.Rejected("11 lines rejected", AT));
        assertThat(find(id).finishedAt()).isEqualTo(AT);
    }

    @Test
    void stagedLinesAreCountedTheirRepeatedKeysRejectedNamingTheFirstLineAndTheRejectsReadInLineOrder() {
        long id = queued(ImportFormats.DAILY, "a".repeat(64)).id();
        staging.stage(id, List.of(tally(2, "RGV", 5), new ImportLine.Rejected(3, "count: is required", "x"),
            tally(4, "EPT", 1)));
        staging.stage(id, List.of(tally(5, "RGV", 6), tally(2, "RGV", 5)));

        assertThat(staging.rejectDuplicateKeys(id, ImportFormats.DAILY)).isEqualTo(1);
        ImportRun counted = staging.count(id);

        assertThat(counted.linesRead()).isEqualTo(5);
        assertThat(counted.rowsStaged()).isEqualTo(2);
        assertThat(counted.rowsRejected()).isEqualTo(2);
        List<ImportLine.Rejected> rejects = new ArrayList<>();
        staging.forEachReject(id, rejects::add);
        assertThat(rejects).containsExactly(new ImportLine.Rejected(3, "count: is required", "x"),
            new ImportLine.Rejected(5, "the same key (date, component, area, demographic, citizenship,"
                + " encounter_type) as line 2", "line 5"));

        staging.recordPublished(id, 1, 1);
        staging.discardStaged(id);
        assertThat(staging.count(id).rowsStaged()).isZero();
        assertThat(find(id).rowsImported()).isEqualTo(2);
    }

    @Test
    void stagedDailyRowsKeepEveryValueAndTheirRawTextExactlyWhateverItHolds() {
        long id = queued(ImportFormats.DAILY, "a".repeat(64)).id();
        String awkward = "2024-07-01,USBP,RGV,\"tab\there, back\\slash\",\"quote \"\"x\"\"\",\n\r'é";
        String china = "CHINA, PEOPLES REPUBLIC OF";
        Tally tally = new Tally(TallyKey.parse(DAY, "USBP", "RGV", "FMUA", china, "EXPULSIONS"), 12_345);
        Tally zero = new Tally(TallyKey.parse(DAY, "USBP", "EPT", "FMUA", china, "EXPULSIONS"), 0);

        staging.stage(id, List.of(new ImportLine.TallyLine(2, tally, awkward),
            new ImportLine.TallyLine(3, zero, "y".repeat(4_001))));

        List<List<Object>> staged = database.jdbc().sql("select line_number, tally_date, component, area, demographic,"
                + " citizenship, encounter_type, encounter_count, raw from import_staged_tally where import_id = :id"
                + " order by line_number")
            .param("id", id)
            .query((rs, row) -> List.<Object>of(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9)))
            .list();
        assertThat(staged).containsExactly(
            List.of(2L, DAY, "USBP", "RGV", "FMUA", china, "EXPULSIONS", 12_345L, awkward),
            List.of(3L, DAY, "USBP", "EPT", "FMUA", china, "EXPULSIONS", 0L, "y".repeat(4_000)));
    }

    /** A chunk whose text is many times the piece PostgreSQL's COPY is sent in arrives whole, row for row. */
    @Test
    void aLargeChunkIsStagedWholeWithEveryRowAsItWas() {
        long id = queued(ImportFormats.DAILY, "a".repeat(64)).id();
        List<ImportLine> chunk = new ArrayList<>();
        long total = 0;
        for (int line = 2; line < 3_002; line++) {
            // Days apart, so that every key differs; raw texts of every length up to the longest kept, some of them
            // with characters of two and three bytes and with the characters COPY escapes.
            LocalDate day = DAY.minusDays(line);
            String raw = ("é€\\\t" + line + ",").repeat(line % 700);
            chunk.add(new ImportLine.TallyLine(line, new Tally(TallyKey.parse(day, "USBP", "RGV", "SINGLE_ADULTS",
                "MEXICO", "APPREHENSIONS"), line * 7L), raw));
            total += line * 7L;
        }
        staging.stage(id, chunk);

        assertThat(staging.count(id).rowsStaged()).isEqualTo(3_000);
        assertThat(database.jdbc().sql("select sum(encounter_count) from import_staged_tally where import_id = :id")
            .param("id", id).query(Long.class).single()).isEqualTo(total);
        List<ImportLine.TallyLine> sent = chunk.stream().map(ImportLine.TallyLine.class::cast).toList();
        database.jdbc().sql("select line_number, tally_date, encounter_count, raw from import_staged_tally"
                + " where import_id = :id order by line_number")
            .param("id", id)
            .query((rs, row) -> {
                ImportLine.TallyLine expected = sent.get(row);
                assertThat(rs.getLong(1)).isEqualTo(expected.lineNumber());
                assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(expected.tally().key().date());
                assertThat(rs.getLong(3)).isEqualTo(expected.tally().count());
                assertThat(rs.getString(4)).as("line %d", expected.lineNumber())
                    .isEqualTo(expected.raw().length() > 4_000 ? expected.raw().substring(0, 4_000) : expected.raw());
                return row;
            })
            .list();
    }

    @Test
    void aChunkRolledBackStagesNothingAndAChunkStagedAgainStagesNoLineTwice() {
        long id = queued(ImportFormats.DAILY, "a".repeat(64)).id();
        List<ImportLine> first = List.of(tally(2, "RGV", 5), new ImportLine.Rejected(3, "count: is required", "x"),
            tally(4, "EPT", 1));
        List<ImportLine> second = List.of(tally(5, "SDC", 6), tally(6, "TCA", 2));

        try {
            database.inTransaction(() -> {
                staging.stage(id, first);
                throw new IllegalStateException("the chunk fails after its rows were written");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(staging.count(id).rowsStaged()).isZero();
        assertThat(staging.count(id).rowsRejected()).isZero();

        database.inTransaction(() -> {
            staging.stage(id, first);
            return null;
        });
        // Read again after a restart that missed the commit: the same lines, then the next chunk overlapping it.
        database.inTransaction(() -> {
            staging.stage(id, first);
            return null;
        });
        database.inTransaction(() -> {
            staging.stage(id, List.of(tally(4, "EPT", 1), second.get(0), second.get(1)));
            return null;
        });

        List<Long> lines = database.jdbc().sql("select line_number from import_staged_tally where import_id = :id"
                + " order by line_number").param("id", id).query(Long.class).list();
        assertThat(lines).containsExactly(2L, 4L, 5L, 6L);
        assertThat(staging.count(id).rowsRejected()).isEqualTo(1);
    }

    @Test
    void statisticsWithoutAnAreaAreTheSameKeyWhenTheRestIs() {
        long id = queued(ImportFormats.CBP_NATIONWIDE, "a".repeat(64)).id();
        staging.stage(id, List.of(statistic(2, null, 5), statistic(3, new AreaCode("RGV"), 5),
            statistic(4, null, 7)));

        assertThat(staging.rejectDuplicateKeys(id, ImportFormats.CBP_NATIONWIDE)).isEqualTo(1);

        List<ImportLine.Rejected> rejects = new ArrayList<>();
        staging.forEachReject(id, rejects::add);
        assertThat(rejects).extracting(ImportLine.Rejected::lineNumber, ImportLine.Rejected::reason)
            .containsExactly(tuple(4L, "the same key (month, component, area,"
                + " demographic, citizenship, title of authority, encounter type) as line 2"));
        assertThat(staging.count(id).rowsStaged()).isEqualTo(2);
    }
}
