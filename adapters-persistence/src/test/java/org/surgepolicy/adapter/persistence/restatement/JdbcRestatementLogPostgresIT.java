package org.surgepolicy.adapter.persistence.restatement;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class JdbcRestatementLogPostgresIT extends JdbcRestatementLogContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.postgres();
    }
}
