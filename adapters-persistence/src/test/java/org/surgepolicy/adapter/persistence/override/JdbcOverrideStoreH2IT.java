package org.surgepolicy.adapter.persistence.override;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcOverrideStoreH2IT extends JdbcOverrideStoreContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
