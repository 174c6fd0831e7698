package org.surgepolicy.adapter.persistence.restatement;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcRestatementLogH2IT extends JdbcRestatementLogContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
