package org.surgepolicy.adapter.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * What only PostgreSQL offers the adapters: whether a DataSource is PostgreSQL (the adapters then take its faster
 * paths), and COPY on the connection of the caller's transaction (when there is one), so that what it streams in
 * commits or rolls back with the rest of the transaction.
 */
public final class Postgres {

    private Postgres() {
    }

    /** Whether the DataSource's database is PostgreSQL (H2 in PostgreSQL mode is not). */
    public static boolean runsOn(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not read which database this is", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Streams {@code rows} (COPY's text format, UTF-8) into the table with {@code copy}, a {@code COPY ... FROM
     * STDIN} statement, on the connection of the caller's transaction; returns how many rows it copied.
     */
    public static long copyIn(DataSource dataSource, String copy, byte[] rows, int length) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(copy, new ByteArrayInputStream(rows, 0, length));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("could not copy rows in (" + copy + "): " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
