package org.surgepolicy.bootstrap.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;
import org.surgepolicy.adapter.persistence.PostgresServer;

/** The ledger check from the command line on PostgreSQL, in a schema of its own. */
@ExtendWith(PostgresAvailable.class)
class LedgerCheckCommandPostgresIT extends LedgerCheckCommandContract {

    private static final String SCHEMA = PostgresSchema.newName();

    @AfterAll
    static void dropSchema() {
        PostgresSchema.drop(SCHEMA);
    }

    @Override
    String url() {
        return PostgresSchema.url(PostgresServer.configured(), SCHEMA);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.create-schemas=true");
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }
}
