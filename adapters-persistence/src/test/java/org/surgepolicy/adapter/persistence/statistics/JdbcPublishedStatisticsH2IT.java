package org.surgepolicy.adapter.persistence.statistics;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcPublishedStatisticsH2IT extends JdbcPublishedStatisticsContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
