package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcTallyLedgerH2IT extends TallyLedgerContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
