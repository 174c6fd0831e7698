package org.surgepolicy.adapter.batch.archfixture;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Deliberately wrong: JDBC outside adapters-persistence (for the architecture rules' own test). */
public class BatchClassUsingJdbc {

    public Connection open(DataSource dataSource) throws SQLException {
        return dataSource.getConnection();
    }
}
