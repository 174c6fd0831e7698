package org.surgepolicy.bootstrap.batch;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;
import org.surgepolicy.adapter.persistence.PostgresServer;

/** The killed import on PostgreSQL, in a schema of its own. */
@ExtendWith(PostgresAvailable.class)
class KilledImportPostgresIT extends KilledImportContract {

    private static final String SCHEMA = PostgresSchema.newName();

    @Override
    String url() {
        return PostgresSchema.url(PostgresServer.configured(), SCHEMA);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.create-schemas=true");
    }
}
