package org.surgepolicy.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import javax.sql.DataSource;

/**
 * Connections of their own to the application's database, outside its pool: for the parts that hold one connection
 * for long (the listener of change notifications) or must learn that the database is gone even while the pool is
 * exhausted (the reachability checks).
 */
public final class OwnConnections {

    private OwnConnections() {
    }

    /**
     * Connections to the database of {@code pool}: the pool's driver, URL, user and properties without the pool. A
     * DataSource that is not a Hikari pool is used as it is.
     */
    public static DataSource of(DataSource pool) {
        if (pool instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return new DriverDataSource(hikari.getJdbcUrl(), hikari.getDriverClassName(),
                hikari.getDataSourceProperties(), hikari.getUsername(), hikari.getPassword());
        }
        return pool;
    }
}
