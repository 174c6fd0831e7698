package org.surgepolicy.application.imports;

import static org.surgepolicy.application.imports.port.in.LoadDemoDataUseCase.NOTE;
import static org.surgepolicy.application.imports.port.in.LoadDemoDataUseCase.SOURCE;

import java.util.Optional;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;

/** Whether the demonstration data set was loaded, and what the ledger holds of it. */
final class LoadedDemoData {

    private final ImportRecords records;
    private final LedgerTotals ledgerTotals;

    LoadedDemoData(ImportRecords records, LedgerTotals ledgerTotals) {
        this.records = records;
        this.ledgerTotals = ledgerTotals;
    }

    /** The completed import that loaded the data, if one did. */
    Optional<ImportRun> run() {
        return records.latestBySource(SOURCE).filter(run -> run.status() == ImportStatus.COMPLETED);
    }

    /** What the loaded data is; empty when it was not loaded. */
    Optional<DemoDataInfo> info() {
        return run().flatMap(run -> ledgerTotals.spanOfSource(SOURCE).map(span -> new DemoDataInfo(SOURCE, true,
            NOTE, span.from(), span.to(), span.revisions(), run.finishedAt())));
    }
}
