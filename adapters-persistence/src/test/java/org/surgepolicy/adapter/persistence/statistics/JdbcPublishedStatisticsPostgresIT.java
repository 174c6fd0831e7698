package org.surgepolicy.adapter.persistence.statistics;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class JdbcPublishedStatisticsPostgresIT extends JdbcPublishedStatisticsContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.postgres();
    }
}
