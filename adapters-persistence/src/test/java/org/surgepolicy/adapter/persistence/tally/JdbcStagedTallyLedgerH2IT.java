package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcStagedTallyLedgerH2IT extends StagedTallyLedgerContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
