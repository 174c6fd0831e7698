package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.batch.jobs.InterruptedJobs;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.RestartImportUseCase;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.StoredFile;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * The import job against a real database: the whole application context, files as they arrive, and faults injected
 * at the staging of a chunk. Each test works on its own days, so that the tests of one context do not meet.
 */
@SpringBootTest
@Import(FaultInjection.class)
abstract class ImportJobContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** How long a job execution's row must stay unchanged to count as the repository's last write. */
    private static final Duration SETTLED = Duration.ofMillis(300);

    @Autowired
    StartImportUseCase imports;
    @Autowired
    GetImportQuery importQuery;
    @Autowired
    RestartImportUseCase restarts;
    @Autowired
    InterruptedJobs interruptedJobs;
    @Autowired
    DataSource dataSource;
    @Autowired
    ImportRecords store;
    @Autowired
    org.surgepolicy.application.imports.port.out.ImportFiles files;

    @AfterEach
    void removeFaults() {
        FaultInjection.reset();
    }

    @Test
    void importsAWholeDailyFileAcrossManyChunks() throws Exception {
        LocalDate first = LocalDate.of(2023, 1, 1);
        ImportRun run = importAndWait("daily", ImportFiles.file(ImportFiles.dailyLines(first, 240)), null);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.linesRead()).isEqualTo(240);
        assertThat(run.rowsRevised()).isEqualTo(240);
        assertThat(run.rowsUnchanged()).isZero();
        assertThat(run.rowsRejected()).isZero();
        assertThat(ledgerSum(first, first.plusDays(19))).isEqualTo(ImportFiles.total(240));
        assertThat(revisions(run.source())).isEqualTo(240);
        assertThat(jdbc().sql("select count(*) from tally_latest where citizenship = 'CHINA, PEOPLES REPUBLIC OF'"
            + " and tally_date between :from and :to").param("from", first).param("to", first.plusDays(19))
            .query(Long.class).single()).isEqualTo(120);
        assertThat(stagedRows(run.id())).isZero();
        assertThat(FaultInjection.lookedForRepeatedKeys(run.id()))
            .as("a file read whole in date order, its keys distinct: proven while staging, no look").isFalse();
    }

    @Test
    void aFileOutOfDateOrderIsLookedAtForRepeatedKeysAndImportsWhenThereAreNone() throws Exception {
        LocalDate first = LocalDate.of(2023, 1, 21);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(first, 60));
        Collections.reverse(lines);
        ImportRun run = importAndWait("daily", ImportFiles.file(lines), null);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rowsRevised()).isEqualTo(60);
        assertThat(run.rowsRejected()).isZero();
        assertThat(ledgerSum(first, first.plusDays(4))).isEqualTo(ImportFiles.total(60));
        assertThat(FaultInjection.lookedForRepeatedKeys(run.id())).isTrue();
    }

    @Test
    void aKeyRepeatedOnALaterLineOfAFileInDateOrderIsRejected() throws Exception {
        LocalDate first = LocalDate.of(2023, 1, 26);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(first, 60));
        // The last day's first row again, with another count, as the file's last line.
        lines.add(lines.get(48).replaceAll(",\\d+$", ",7"));
        ImportRun run = importAndWait("daily", ImportFiles.file(lines), 1L);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rowsImported()).isEqualTo(60);
        assertThat(rejects(run.id())).singleElement().satisfies(reject -> {
            assertThat(reject.lineNumber()).isEqualTo(62L);
            assertThat(reject.reason()).startsWith("the same key (date, component, area, demographic, citizenship,"
                + " encounter_type) as line 50");
        });
        assertThat(ledgerSum(first, first.plusDays(4))).isEqualTo(ImportFiles.total(60));
        assertThat(FaultInjection.lookedForRepeatedKeys(run.id())).isTrue();
    }

    @Test
    void reportsEveryFaultWithItsLineNumberAndChangesNothing() throws Exception {
        LocalDate day = LocalDate.of(2023, 2, 1);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(day, 2));
        lines.add("2023-02-01,USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4");
        lines.add("2023-02-31,USBP,RGV,FMUA,MEXICO,APPREHENSIONS,4");
        lines.add("2023-02-01,USBP,RGV,FMUA,MEXICO,APPREHENSIONS,-4");
        lines.add("2023-02-01,USBP,RGV,FMUA,MEXICO");
        lines.add("2099-02-01,USBP,RGV,FMUA,MEXICO,APPREHENSIONS,4");
        lines.add(lines.get(0).replaceAll(",\\d+$", ",99"));
        lines.add("2023-02-01,USBP,RGV,FMUA,\"MEXICO\",APPREHENSIONS,four");
        lines.add("2023-02-01,CBP,RGV,FMUA,MEXICO,APPREHENSIONS,4");
        lines.add("2023-02-01,USBP,RGV,FMUA,\"MEXICO\"x,APPREHENSIONS,4");
        ImportRun run = importAndWait("daily", ImportFiles.file(lines), null);

        assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(run.message()).startsWith("9 lines rejected, more than the 0 this import allows");
        assertThat(run.rowsRejected()).isEqualTo(9);
        assertThat(ledgerSum(day, day)).isZero();
        assertThat(stagedRows(run.id())).isZero();
        List<ImportLine.Rejected> rejects = rejects(run.id());
        assertThat(rejects).extracting(ImportLine.Rejected::lineNumber)
            .containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(rejects).extracting(ImportLine.Rejected::reason).satisfiesExactly(
            r -> assertThat(r).startsWith("area: unknown area code 'XYZ'"),
            r -> assertThat(r).startsWith("date: '2023-02-31' is not a date"),
            r -> assertThat(r).startsWith("count: must not be negative"),
            r -> assertThat(r).startsWith("line: has 5 fields where the header has 7"),
            r -> assertThat(r).startsWith("date: 2099-02-01 is in the future"),
            r -> assertThat(r).startsWith("the same key (date, component, area, demographic, citizenship,"
                + " encounter_type) as line 2"),
            r -> assertThat(r).startsWith("count: 'four' is not a whole number"),
            r -> assertThat(r).startsWith("component: unknown code 'CBP'"),
            r -> assertThat(r).startsWith("the line is not valid CSV"));
        assertThat(rejects.get(1).raw()).isEqualTo("2023-02-31,USBP,RGV,FMUA,MEXICO,APPREHENSIONS,4");
    }

    @Test
    void aStrayQuoteOnTheSecondLineRejectsThatLineAloneAndImportsTheRest() throws Exception {
        LocalDate first = LocalDate.of(2022, 1, 1);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(first, 120));
        lines.set(0, lines.get(0).replace("MEXICO", "\"MEXICO"));
        lines.add("2022-02-01,USBP,RGV,SINGLE_ADULTS,\"MEXICO,APPREHENSIONS,7");

        ImportRun run = importAndWait("daily", ImportFiles.fileWithoutTrailingLineEnd(lines), 2L);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.linesRead()).isEqualTo(121);
        assertThat(run.rowsImported()).isEqualTo(119);
        assertThat(rejects(run.id())).extracting(ImportLine.Rejected::lineNumber, ImportLine.Rejected::reason)
            .containsExactly(
                tuple(2L, "the line is not valid CSV: the quote that opens field 5 is not closed on the line"),
                tuple(122L, "the line is not valid CSV: the quote that opens field 5 is not closed on the line"));
        assertThat(ledgerSum(first, first.plusDays(9))).isEqualTo(ImportFiles.total(120) - ImportFiles.count(0));
    }

    @Test
    void anOverlongLineIsRejectedAndEveryOtherLineImported() throws Exception {
        LocalDate first = LocalDate.of(2022, 2, 1);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(first, 60));
        lines.set(29, lines.get(29) + ",".repeat(100_000));

        ImportRun run = importAndWait("daily", ImportFiles.file(lines), 1L);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rowsImported()).isEqualTo(59);
        List<ImportLine.Rejected> rejects = rejects(run.id());
        assertThat(rejects).extracting(ImportLine.Rejected::lineNumber).containsExactly(31L);
        assertThat(rejects.getFirst().reason()).isEqualTo("the line is longer than the 4096 bytes a line may have"
            + " (surge.import.max-line-length)");
        assertThat(rejects.getFirst().raw()).startsWith(ImportFiles.dailyLines(first, 60).get(29));
        assertThat(ledgerSum(first, first.plusDays(4))).isEqualTo(ImportFiles.total(60) - ImportFiles.count(29));
    }

    @Test
    void aLineWithANulIsRejectedAndEveryOtherLineImported() throws Exception {
        LocalDate first = LocalDate.of(2022, 3, 1);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(first, 60));
        lines.set(9, lines.get(9).replace("USBP", "US\u0000BP"));

        ImportRun run = importAndWait("daily", ImportFiles.file(lines), 1L);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rowsImported()).isEqualTo(59);
        assertThat(rejects(run.id())).extracting(ImportLine.Rejected::lineNumber, ImportLine.Rejected::reason,
                ImportLine.Rejected::raw)
            .containsExactly(tuple(11L, "the line holds a NUL character at byte 14 of the line",
                lines.get(9).replace("\u0000", "\\x00")));
        assertThat(ledgerSum(first, first.plusDays(4))).isEqualTo(ImportFiles.total(60) - ImportFiles.count(9));
    }

    @Test
    void aLineThatIsNotUtf8IsRejectedAndEveryOtherLineImported() throws Exception {
        LocalDate first = LocalDate.of(2022, 4, 1);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(first, 60));
        // Latin-1's e acute (0xE9) where UTF-8 needs two bytes: a spreadsheet saved in the wrong encoding.
        String bad = lines.get(4).replace("SINGLE_ADULTS", "SINGLE_ADULTS_\u00E9");
        lines.set(4, bad);
        byte[] file = (ImportFiles.HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
        ImportRun run = importAndWait("daily", file, 1L);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rowsImported()).isEqualTo(59);
        int column = bad.indexOf('\u00E9') + 1;
        assertThat(rejects(run.id())).extracting(ImportLine.Rejected::lineNumber, ImportLine.Rejected::reason,
                ImportLine.Rejected::raw)
            .containsExactly(tuple(6L, "the line is not valid UTF-8: byte 0xE9 at byte " + column + " of the line",
                bad.replace("\u00E9", "\\xE9")));
        assertThat(ledgerSum(first, first.plusDays(4))).isEqualTo(ImportFiles.total(60) - ImportFiles.count(4));
    }

    @Test
    void aFileWithinItsRejectLimitImportsItsValidLines() throws Exception {
        LocalDate day = LocalDate.of(2023, 3, 1);
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(day, 30));
        lines.add(10, "2023-03-01,USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4");
        ImportRun run = importAndWait("daily", ImportFiles.file(lines), 1L);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.linesRead()).isEqualTo(31);
        assertThat(run.rowsImported()).isEqualTo(30);
        assertThat(rejects(run.id())).extracting(ImportLine.Rejected::lineNumber).containsExactly(12L);
        assertThat(ledgerSum(day, day.plusDays(2))).isEqualTo(ImportFiles.total(30));
    }

    @Test
    void resumesAfterAFailureMidFileWithNoDuplicateAndNoMissingRow() throws Exception {
        LocalDate first = LocalDate.of(2023, 4, 1);
        FaultInjection.failChunk(3);
        ImportRun failed = importAndWait("daily", ImportFiles.file(ImportFiles.dailyLines(first, 240)), null);

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.message()).contains("injected failure while staging chunk 3");
        assertThat(failed.linesRead()).as("the two chunks committed before the failure").isEqualTo(100);
        assertThat(ledgerSum(first, first.plusDays(19))).as("nothing visible before the end").isZero();

        Outcome<ImportRun> restarted = restarts.restart(failed.id());
        assertThat(restarted).isInstanceOf(Outcome.Done.class);
        ImportRun run = waitForEnd(failed.id());

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.linesRead()).isEqualTo(240);
        assertThat(run.rowsRevised()).isEqualTo(240);
        assertThat(revisions(run.source())).isEqualTo(240);
        assertThat(ledgerSum(first, first.plusDays(19))).isEqualTo(ImportFiles.total(240));
        assertThat(FaultInjection.lookedForRepeatedKeys(run.id()))
            .as("the resumed run did not read the file from its first line: its rows were looked at").isTrue();
    }

    @Test
    void anImportThatEndedCannotBeRestarted() throws Exception {
        ImportRun run = importAndWait("daily", ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2023, 5, 1), 5)),
            null);
        assertThat(restarts.restart(run.id())).isEqualTo(new Outcome.InConflict<>("import " + run.id()
            + " is COMPLETED; it has ended and cannot be restarted"));
        assertThat(restarts.restart(Long.MAX_VALUE)).isEqualTo(new Outcome.NotFound<>("import " + Long.MAX_VALUE));
    }

    @Test
    void theSameFileImportedTwiceChangesNothingTheSecondTime() throws Exception {
        LocalDate first = LocalDate.of(2023, 6, 1);
        byte[] file = ImportFiles.file(ImportFiles.dailyLines(first, 120));
        ImportRun once = importAndWait("daily", file, null);
        long version = ledgerVersion();
        ImportRun twice = importAndWait("daily", file, null);

        assertThat(once.rowsRevised()).isEqualTo(120);
        assertThat(twice.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(twice.rowsRevised()).isZero();
        assertThat(twice.rowsUnchanged()).isEqualTo(120);
        assertThat(ledgerVersion()).isEqualTo(version);
        assertThat(revisions(twice.source())).isZero();
        assertThat(ledgerSum(first, first.plusDays(9))).isEqualTo(ImportFiles.total(120));
    }

    @Test
    void aSecondImportOfAFileThatIsBeingImportedIsRefused() throws Exception {
        byte[] file = ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2023, 7, 1), 60));
        FaultInjection.holdStaging();
        Outcome<ImportRun> first = start("daily", file, null);
        Outcome<ImportRun> second = start("daily", file, null);
        FaultInjection.release();

        assertThat(first).isInstanceOf(Outcome.Done.class);
        long id = first.orElseThrow().id();
        assertThat(second).isInstanceOfSatisfying(StartImportUseCase.AlreadyRunning.class,
            running -> assertThat(running.running().id()).isEqualTo(id));
        assertThat(waitForEnd(id).status()).isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void resumesAtStartUpAnImportThatACrashLeftRunning() throws Exception {
        LocalDate first = LocalDate.of(2023, 8, 1);
        FaultInjection.failChunk(2);
        ImportRun cut = importAndWait("daily", ImportFiles.file(ImportFiles.dailyLines(first, 180)), null);
        simulateDeadNode(cut);

        InterruptedJobs.Resumed resumed = interruptedJobs.resumeAll();
        ImportRun run = waitForEnd(cut.id());

        assertThat(resumed.imports()).containsExactly(cut.id());
        assertThat(resumed.executions()).isEmpty();
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.linesRead()).isEqualTo(180);
        assertThat(revisions(run.source())).isEqualTo(180);
        assertThat(ledgerSum(first, first.plusDays(14))).isEqualTo(ImportFiles.total(180));
    }

    @Test
    void aRunningImportWhoseNodeDiedIsRestartedByHandOnce() throws Exception {
        LocalDate first = LocalDate.of(2021, 11, 1);
        FaultInjection.failChunk(2);
        ImportRun cut = importAndWait("daily", ImportFiles.file(ImportFiles.dailyLines(first, 120)), null);
        simulateDeadNode(cut);

        Outcome<ImportRun> restarted = restarts.restart(cut.id());
        ImportRun run = waitForEnd(cut.id());

        assertThat(restarted).isInstanceOf(Outcome.Done.class);
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(revisions(run.source())).isEqualTo(120);
        assertThat(ledgerSum(first, first.plusDays(9))).isEqualTo(ImportFiles.total(120));
        assertThat(restarts.restart(cut.id())).isInstanceOf(Outcome.InConflict.class);
    }

    @Test
    void anImportRecordedButNeverLaunchedIsRestartedWhenTheNodeStarts() throws Exception {
        LocalDate first = LocalDate.of(2022, 5, 1);
        ImportRun recorded = recordWithoutLaunching(ImportFiles.file(ImportFiles.dailyLines(first, 120)));
        assertThat(importQuery.find(recorded.id()).orElseThrow().status()).isEqualTo(ImportStatus.QUEUED);

        InterruptedJobs.Resumed resumed = interruptedJobs.resumeAll();
        ImportRun run = waitForEnd(recorded.id());

        assertThat(resumed.imports()).containsExactly(recorded.id());
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rowsRevised()).isEqualTo(120);
        assertThat(run.attempt()).isEqualTo(1);
        assertThat(ledgerSum(first, first.plusDays(9))).isEqualTo(ImportFiles.total(120));
        assertThat(interruptedJobs.resumeAll().imports()).as("nothing left to restart").isEmpty();
    }

    @Test
    void anImportRecordedButNeverLaunchedIsRestartedByHand() throws Exception {
        LocalDate first = LocalDate.of(2022, 6, 1);
        ImportRun recorded = recordWithoutLaunching(ImportFiles.file(ImportFiles.dailyLines(first, 60)));

        assertThat(restarts.restart(recorded.id())).isInstanceOf(Outcome.Done.class);
        ImportRun run = waitForEnd(recorded.id());

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(ledgerSum(first, first.plusDays(4))).isEqualTo(ImportFiles.total(60));
    }

    @Test
    void aQueuedOrRunningImportWhoseJobIsAliveIsNotRestarted() throws Exception {
        FaultInjection.holdStaging();
        Outcome<ImportRun> started = start("daily",
            ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2022, 7, 1), 60)), null);
        long id = started.orElseThrow().id();
        waitForStatus(id, ImportStatus.RUNNING);

        Outcome<ImportRun> refused = restarts.restart(id);
        FaultInjection.release();

        assertThat(refused).isEqualTo(new Outcome.InConflict<>("import " + id
            + " is RUNNING and its job is alive on node test-node; wait for it to end"));
        assertThat(waitForEnd(id).status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(interruptedJobs.resumeAll().imports()).isEmpty();
    }

    @Test
    void aLaunchThatFailsLeavesTheImportFailedAndRestartable() throws Exception {
        LocalDate first = LocalDate.of(2022, 8, 1);
        FaultInjection.failNextLaunch();
        Outcome<ImportRun> result = start("daily", ImportFiles.file(ImportFiles.dailyLines(first, 60)), null);

        ImportRun failed = result.orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.message()).isEqualTo("its job could not be started (could not start importJob: injected"
            + " failure of the import job's launch); restart it");
        assertThat(failed.jobExecutionId()).isNull();

        assertThat(restarts.restart(failed.id())).isInstanceOf(Outcome.Done.class);
        ImportRun run = waitForEnd(failed.id());
        assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(ledgerSum(first, first.plusDays(4))).isEqualTo(ImportFiles.total(60));
    }

    @Test
    void ofTwoRestartsReleasedTogetherExactlyOneWins() throws Exception {
        LocalDate first = LocalDate.of(2022, 9, 1);
        FaultInjection.failChunk(1);
        ImportRun failed = importAndWait("daily", ImportFiles.file(ImportFiles.dailyLines(first, 120)), null);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);

        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome<ImportRun>>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(threads.submit(() -> {
                    gate.await();
                    return restarts.restart(failed.id());
                }));
            }
            gate.countDown();
            List<Outcome<ImportRun>> outcomes = new ArrayList<>();
            for (Future<Outcome<ImportRun>> r : results) {
                outcomes.add(r.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(Outcome.Done.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(Outcome.InConflict.class::isInstance).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        ImportRun run = waitForEnd(failed.id());
        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.attempt()).isEqualTo(1);
        assertThat(revisions(run.source())).isEqualTo(120);
        assertThat(ledgerSum(first, first.plusDays(9))).isEqualTo(ImportFiles.total(120));
    }

    @Test
    void importsBeyondTheNodesSlotsWaitQueuedAndAllComplete() throws Exception {
        int slots = 2;
        FaultInjection.holdStaging();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i <= slots; i++) {
            Outcome<ImportRun> started = start("daily",
                ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2022, 10 + i, 1), 60)), null);
            ids.add(started.orElseThrow().id());
        }
        ImportRun waiting;
        try {
            waitForStatus(ids.get(0), ImportStatus.RUNNING);
            waitForStatus(ids.get(1), ImportStatus.RUNNING);
            waiting = importQuery.find(ids.get(slots)).orElseThrow();
        } finally {
            FaultInjection.release();
        }

        assertThat(waiting.status()).isEqualTo(ImportStatus.QUEUED);
        assertThat(waiting.message()).isEqualTo("waiting for one of the 2 imports that run at once on node test-node"
            + " to end (surge.import.concurrency)");
        for (long id : ids) {
            ImportRun run = waitForEnd(id);
            assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
            assertThat(run.rowsRevised()).isEqualTo(60);
            assertThat(run.message()).isNull();
        }
    }

    @Test
    void importsTheRealCbpSouthwestFile() throws Exception {
        byte[] file = southwestFile();
        ImportRun run = importAndWait("cbp-southwest", file, null);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.linesRead()).isEqualTo(1_936);
        assertThat(run.rowsRejected()).isZero();
        assertThat(jdbc().sql("select sum(encounter_count) from published_statistic where dataset = 'CBP_SOUTHWEST'"
                + " and statistic_month = :month and component = 'USBP'")
            .param("month", LocalDate.of(2024, 6, 1)).query(Long.class).single())
            .isEqualTo(juneBorderPatrolTotal(new String(file, StandardCharsets.UTF_8)));

        ImportRun again = importAndWait("cbp-southwest", file, null);
        assertThat(again.rowsRevised()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(1_936);
    }

    @Test
    void importsANationwideFileWithSnakeCaseHeaders() throws Exception {
        String text = "fiscal_year,month_grouping,month_abbv,component,land_border_region,area_of_responsibility,"
            + "aor_abbv,demographic,citizenship,title_of_authority,encounter_type,encounter_count\n"
            + "2025 (FYTD),FYTD,OCT,U.S. Border Patrol,Southwest Land Border,Rio Grande Valley Sector,RGV,"
            + "Single Adults,\"CHINA, PEOPLES REPUBLIC OF\",Title 8,Apprehensions,12\n"
            + "2025 (FYTD),FYTD,OCT,Office of Field Operations,Southwest Land Border,El Paso Field Office,,FMUA,"
            + "MEXICO,Title 8,Inadmissibles,30\n";
        ImportRun run = importAndWait("cbp-monthly", text.getBytes(StandardCharsets.UTF_8), null);

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(jdbc().sql("select area, encounter_count from published_statistic where dataset = 'CBP_NATIONWIDE'"
                + " and statistic_month = :month order by area")
            .param("month", LocalDate.of(2024, 10, 1))
            .query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2)).list())
            .containsExactly("ELP=30", "RGV=12");
    }

    @Test
    void anEmptyFileFailsNamingTheExpectedHeader() throws Exception {
        ImportRun run = importAndWait("daily", new byte[0], null);
        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.message()).contains("the file is empty", ImportFiles.HEADER);
    }

    /** The file's own June 2024 Border Patrol total, summed here without the importer's code. */
    private static long juneBorderPatrolTotal(String file) {
        long total = 0;
        for (String line : file.split("\r?\n")) {
            String[] f = line.split(",");
            if (f.length == 9 && f[0].startsWith("2024") && f[2].equals("JUN") && f[3].equals("U.S. Border Patrol")) {
                total += Long.parseLong(f[8].strip());
            }
        }
        assertThat(total).as("the file has June 2024 Border Patrol rows").isPositive();
        return total;
    }

    private static byte[] southwestFile() throws IOException {
        try (InputStream in = ImportJobContract.class.getResourceAsStream("/demo/sbo-encounters-fy22-fy25-aug.csv")) {
            return in.readAllBytes();
        }
    }

    Outcome<ImportRun> start(String format, byte[] content, Long maxRejects) {
        return imports.start(new StartImportUseCase.Command(format, "test.csv", new ByteArrayInputStream(content),
            maxRejects, "tester"));
    }

    ImportRun importAndWait(String format, byte[] content, Long maxRejects) throws InterruptedException {
        Outcome<ImportRun> result = start(format, content, maxRejects);
        assertThat(result).isInstanceOf(Outcome.Done.class);
        return waitForEnd(result.orElseThrow().id());
    }

    /**
     * What a killed JVM leaves behind: the execution (of this node, made before this process started) and its step
     * still STARTED, the import still RUNNING.
     */
    private void simulateDeadNode(ImportRun cut) throws InterruptedException {
        // The import reads FAILED once its job's listener has ended it; the job repository records the execution's
        // end just after, in more than one write (the end, then the execution once more after the job's listeners).
        // The node "dies" only once the execution has stayed as it is for a while, and the simulation moves the
        // execution's version on: a write of the repository still to come, made against the version it read, is
        // then refused (Spring Batch's optimistic locking) rather than undoing the simulation.
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        ExecutionRow seen = null;
        long stableSince = System.nanoTime();
        while (true) {
            ExecutionRow now = jdbc().sql("select version, status, end_time from batch_job_execution"
                    + " where job_execution_id = :id").param("id", cut.jobExecutionId())
                .query((row, n) -> new ExecutionRow(row.getLong("version"), row.getString("status"),
                    row.getObject("end_time", LocalDateTime.class)))
                .single();
            if (!now.equals(seen)) {
                seen = now;
                stableSince = System.nanoTime();
            } else if (now.endedFailed() && System.nanoTime() - stableSince > SETTLED.toNanos()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job execution " + cut.jobExecutionId() + " did not end within " + TIMEOUT
                    + ": " + now);
            }
            Thread.sleep(20);
        }
        jdbc().sql("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null,"
                + " create_time = :before, version = version + 1 where job_execution_id = :id")
            .param("id", cut.jobExecutionId()).param("before", LocalDateTime.now().minusDays(1)).update();
        jdbc().sql("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null"
            + " where job_execution_id = :id").param("id", cut.jobExecutionId()).update();
        jdbc().sql("update import_run set status = 'RUNNING', active_checksum = checksum, message = null"
            + " where id = :id").param("id", cut.id()).update();
    }

    /** What the job repository holds of an execution: its version moves on with every write. */
    private record ExecutionRow(long version, String status, LocalDateTime end) {

        boolean endedFailed() {
            return end != null && "FAILED".equals(status);
        }
    }

    /** An import recorded as the start of an upload records it, whose job was never launched (its node died). */
    private ImportRun recordWithoutLaunching(byte[] content) throws IOException {
        StoredFile file = files.store(new ByteArrayInputStream(content));
        ImportRecords.Created created = store.create(new ImportRecords.NewImport(ImportFormats.DAILY, "test.csv",
            file, 0, null, Instant.now(), "tester", "test-node"));
        return ((ImportRecords.Queued) created).run();
    }

    private void waitForStatus(long id, ImportStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (importQuery.find(id).orElseThrow().status() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " did not become " + status + " within " + TIMEOUT);
            }
            Thread.sleep(20);
        }
    }

    ImportRun waitForEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ImportRun run = importQuery.find(id).orElseThrow();
            if (run.status().finished() || run.status() == ImportStatus.FAILED) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not end within " + TIMEOUT);
    }

    private List<ImportLine.Rejected> rejects(long id) {
        List<ImportLine.Rejected> rejects = new ArrayList<>();
        assertThat(importQuery.rejects(id, rejects::add)).isInstanceOf(Outcome.Done.class);
        return rejects;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private long ledgerSum(LocalDate from, LocalDate to) {
        return jdbc().sql("select coalesce(sum(encounter_count), 0) from tally_latest where tally_date between :from"
            + " and :to").param("from", from).param("to", to).query(Long.class).single();
    }

    private long revisions(String source) {
        return jdbc().sql("select count(*) from tally_revision where source = :source").param("source", source)
            .query(Long.class).single();
    }

    private long stagedRows(long id) {
        return jdbc().sql("select count(*) from import_staged_tally where import_id = :id").param("id", id)
            .query(Long.class).single();
    }

    private long ledgerVersion() {
        return jdbc().sql("select version from tally_ledger").query(Long.class).single();
    }
}
