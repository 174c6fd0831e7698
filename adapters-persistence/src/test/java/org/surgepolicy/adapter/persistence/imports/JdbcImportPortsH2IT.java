package org.surgepolicy.adapter.persistence.imports;

import org.surgepolicy.adapter.persistence.TestDatabase;

class JdbcImportPortsH2IT extends ImportPortsContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
