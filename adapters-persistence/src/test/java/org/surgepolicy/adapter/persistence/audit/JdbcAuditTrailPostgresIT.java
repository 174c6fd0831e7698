package org.surgepolicy.adapter.persistence.audit;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class JdbcAuditTrailPostgresIT extends JdbcAuditTrailContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.postgres();
    }
}
