package org.surgepolicy.adapter.persistence.audit;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcAuditTrailH2IT extends JdbcAuditTrailContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
