package org.surgepolicy.adapter.persistence.tally;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class RevisionPreviousCountMigrationPostgresIT extends RevisionPreviousCountMigrationContract {

    @Override
    protected TestDatabase openDatabaseUpTo(String version) {
        return TestDatabase.postgresUpTo(version);
    }
}
