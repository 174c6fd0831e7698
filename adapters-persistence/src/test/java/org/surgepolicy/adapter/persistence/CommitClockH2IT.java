package org.surgepolicy.adapter.persistence;

class CommitClockH2IT extends CommitClockContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
