package org.surgepolicy.adapter.persistence.activation;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcActivationDecisionStoreH2IT extends JdbcActivationDecisionStoreContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
