package org.surgepolicy.bootstrap.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.surgepolicy.adapter.persistence.H2Urls;

/** The ledger check from the command line on the embedded default: an H2 file, opened by one process at a time. */
class LedgerCheckCommandH2IT extends LedgerCheckCommandContract {

    @Override
    String url() {
        return H2Urls.file(folder.resolve("ledger"));
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "sa", "");
    }
}
