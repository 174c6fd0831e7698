package org.surgepolicy.application.imports;

import org.surgepolicy.application.audit.Auditor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.imports.port.in.LoadDemoDataUseCase;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.application.imports.port.out.StoredFile;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;

/** Loads the demonstration data set through the imports' staging and publish, and says whether it is loaded. */
public final class DemoDataService implements LoadDemoDataUseCase, GetDemoDataQuery {

    private static final int CHUNK = 5_000;

    private final ImportRecords records;
    private final ImportStaging staging;
    private final ImportPublisher publisher;
    private final LedgerTotals ledgerTotals;
    private final Clock clock;

    public DemoDataService(ImportRecords records, ImportStaging staging, ImportPublisher publisher,
                           LedgerTotals ledgerTotals, Clock clock) {
        this.records = records;
        this.staging = staging;
        this.publisher = publisher;
        this.ledgerTotals = ledgerTotals;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<DemoDataInfo> loadIfAbsent(DemoData data) {
        if (loaded().isPresent()) {
            return new Outcome.InConflict<>("the demonstration data was loaded before");
        }
        load(ImportFormats.CBP_SOUTHWEST, "demo: " + ImportFormats.CBP_SOUTHWEST.code(), data.statisticLines(),
            new Span());
        Span days = new Span();
        ImportRun daily = load(ImportFormats.DAILY, SOURCE, data.dailyLines(), days);
        // Said from what was loaded: the ledger shows the new revisions to others only once this transaction commits.
        return new Outcome.Done<>(new DemoDataInfo(SOURCE, true, NOTE, days.from, days.to, daily.rowsRevised(),
            daily.finishedAt()));
    }

    /** The first and last day of the tallies loaded. */
    private static final class Span {
        private LocalDate from;
        private LocalDate to;

        void add(ImportLine line) {
            if (line instanceof ImportLine.TallyLine tally) {
                LocalDate date = tally.tally().key().date();
                from = from == null || date.isBefore(from) ? date : from;
                to = to == null || date.isAfter(to) ? date : to;
            }
        }
    }

    private ImportRun load(ImportFormat format, String source, Iterator<? extends ImportLine> lines, Span span) {
        StoredFile file = new StoredFile("classpath:demo", AuditDigest.sha256(source), 0);
        ImportRecords.Created created = records.create(new ImportRecords.NewImport(format, source, file, 0, source,
            clock.instant(), Auditor.SYSTEM, null));
        ImportRun run = switch (created) {
            case ImportRecords.Queued queued -> queued.run();
            case ImportRecords.AlreadyActive active -> throw new IllegalStateException(
                "the demonstration data is being loaded by import " + active.active().id());
        };
        List<ImportLine> chunk = new ArrayList<>(CHUNK);
        while (lines.hasNext()) {
            ImportLine line = lines.next();
            span.add(line);
            chunk.add(line);
            if (chunk.size() == CHUNK) {
                staging.stage(run.id(), chunk);
                chunk.clear();
            }
        }
        staging.stage(run.id(), chunk);
        ImportRun done = publisher.publish(run);
        if (done.status() != ImportStatus.COMPLETED) {
            throw new IllegalStateException("the demonstration data did not load: " + done.message());
        }
        return done;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DemoDataInfo> demoData() {
        return loaded().flatMap(run -> ledgerTotals.spanOfSource(SOURCE).map(span -> new DemoDataInfo(SOURCE, true,
            NOTE, span.from(), span.to(), span.revisions(), run.finishedAt())));
    }

    private Optional<ImportRun> loaded() {
        return records.latestBySource(SOURCE).filter(run -> run.status() == ImportStatus.COMPLETED);
    }
}
