package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcTallyLedgerH2IT extends JdbcTallyLedgerContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
