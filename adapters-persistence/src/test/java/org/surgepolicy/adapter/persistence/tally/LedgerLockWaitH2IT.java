package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;

class LedgerLockWaitH2IT extends LedgerLockWaitContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
