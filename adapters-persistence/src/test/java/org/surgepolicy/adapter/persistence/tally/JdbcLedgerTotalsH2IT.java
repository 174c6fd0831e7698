package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcLedgerTotalsH2IT extends JdbcLedgerTotalsContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
