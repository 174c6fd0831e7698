package org.surgepolicy.adapter.persistence;

import org.surgepolicy.application.contracts.PortContract;
import org.surgepolicy.application.fakes.MutableClock;

/**
 * A contract test of the JDBC adapters together: a fresh database for each test, from the subclass that names the
 * database, and the commit clock that stamps its transactions at the instant of {@link #clock}.
 */
public abstract class DatabaseContract extends PortContract<TestDatabase> {

    protected TestDatabase database;
    protected MutableClock clock;
    protected CommitClock commitClock;

    protected abstract TestDatabase openDatabase();

    @Override
    protected final TestDatabase openStore() {
        database = openDatabase();
        clock = database.clock();
        commitClock = database.commitClock();
        return database;
    }
}
