package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;

class RevisionPreviousCountMigrationH2IT extends RevisionPreviousCountMigrationContract {

    @Override
    protected TestDatabase openDatabaseUpTo(String version) {
        return TestDatabase.h2UpTo(version);
    }
}
