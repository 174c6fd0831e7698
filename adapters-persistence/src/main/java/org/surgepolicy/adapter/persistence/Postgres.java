package org.surgepolicy.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * What only PostgreSQL offers the adapters: whether a DataSource is PostgreSQL (the adapters then take its faster
 * paths), settings for one statement of a transaction, and COPY on the connection of the caller's transaction (when
 * there is one), so that what it streams in commits or rolls back with the rest of the transaction.
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
     * Runs {@code statement} in the caller's transaction with {@code settings} (names and values) for it alone: each
     * is set for the transaction ({@code set_config(..., true)}), then given back the value the transaction had before,
     * even one it had set itself. A statement that fails aborts the transaction, which takes the settings with it.
     */
    public static <T> T withSettings(JdbcClient jdbc, Map<String, String> settings, Supplier<T> statement) {
        // Outside a transaction a setting would not outlast the statement that makes it.
        Transactions.requireActive("A setting for one statement");
        List<String> names = List.copyOf(settings.keySet());
        List<String> before = jdbc.sql("select " + names.stream().map(name -> "current_setting(?)")
                .collect(Collectors.joining(", ")))
            .params(names)
            .query((rs, row) -> {
                List<String> values = new ArrayList<>(names.size());
                for (int i = 1; i <= names.size(); i++) {
                    values.add(rs.getString(i));
                }
                return values;
            })
            .single();
        set(jdbc, names, names.stream().map(settings::get).toList());
        T result = statement.get();
        set(jdbc, names, before);
        return result;
    }

    private static void set(JdbcClient jdbc, List<String> names, List<String> values) {
        List<Object> parameters = new ArrayList<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            parameters.add(names.get(i));
            parameters.add(values.get(i));
        }
        jdbc.sql("select " + names.stream().map(name -> "set_config(?, ?, true)").collect(Collectors.joining(", ")))
            .params(parameters)
            .query((rs, row) -> 1)
            .single();
    }

    /** Where the rows of a COPY go as they are written: each piece is sent to the server at once. */
    @FunctionalInterface
    public interface CopySink {

        /** Sends {@code length} bytes of {@code bytes} (whole rows in COPY's text format, UTF-8). */
        void write(byte[] bytes, int length);
    }

    /**
     * Streams rows into the table with {@code copy}, a {@code COPY ... FROM STDIN} statement, on the connection of the
     * caller's transaction: {@code rows} writes them to the sink piece by piece, which the server inserts while the
     * next piece is made (and no piece need be larger than a small buffer). Returns how many rows it copied; a failure
     * on either side cancels the COPY.
     */
    public static long copyIn(DataSource dataSource, String copy, Consumer<CopySink> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn in = null;
        try {
            in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            CopyIn open = in;
            rows.accept((bytes, length) -> {
                try {
                    open.writeToCopy(bytes, 0, length);
                } catch (SQLException e) {
                    throw failure(copy, e);
                }
            });
            return in.endCopy();
        } catch (SQLException e) {
            throw failure(copy, e);
        } finally {
            if (in != null && in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException e) {
                    // The COPY's own failure is the one thrown; the transaction rolls back with it.
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static DataAccessResourceFailureException failure(String copy, SQLException e) {
        return new DataAccessResourceFailureException("could not copy rows in (" + copy + "): " + e.getMessage(), e);
    }
}
