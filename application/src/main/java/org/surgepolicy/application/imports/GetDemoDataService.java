package org.surgepolicy.application.imports;

import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.tally.port.out.LedgerTotals;

/** Says whether the demonstration data set is loaded, and what it is. */
public final class GetDemoDataService implements GetDemoDataQuery {

    private final LoadedDemoData loaded;

    public GetDemoDataService(ImportRecords records, LedgerTotals ledgerTotals) {
        this.loaded = new LoadedDemoData(records, ledgerTotals);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DemoDataInfo> demoData() {
        return loaded.info();
    }
}
