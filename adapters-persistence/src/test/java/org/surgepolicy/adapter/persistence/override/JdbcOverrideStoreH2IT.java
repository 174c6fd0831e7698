package org.surgepolicy.adapter.persistence.override;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcOverrideStoreH2IT extends OverrideStoreContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
