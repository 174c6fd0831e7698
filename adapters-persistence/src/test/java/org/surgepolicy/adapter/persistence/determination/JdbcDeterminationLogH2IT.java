package org.surgepolicy.adapter.persistence.determination;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcDeterminationLogH2IT extends DeterminationLogContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
