package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;

class AggregateComparisonH2IT extends AggregateComparisonContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
