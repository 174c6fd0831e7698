package org.surgepolicy.adapter.persistence.audit;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcAuditTrailH2IT extends AuditTrailContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
