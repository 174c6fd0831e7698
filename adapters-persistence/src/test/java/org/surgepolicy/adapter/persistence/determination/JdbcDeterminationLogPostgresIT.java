package org.surgepolicy.adapter.persistence.determination;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class JdbcDeterminationLogPostgresIT extends JdbcDeterminationLogContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.postgres();
    }
}
