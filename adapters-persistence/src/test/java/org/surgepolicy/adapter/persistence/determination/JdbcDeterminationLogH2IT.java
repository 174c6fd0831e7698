package org.surgepolicy.adapter.persistence.determination;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcDeterminationLogH2IT extends JdbcDeterminationLogContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
