package org.surgepolicy.bootstrap.batch;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresServer;

/** The killed import on PostgreSQL, in a schema of its own. */
@ExtendWith(PostgresAvailable.class)
class KilledImportPostgresIT extends KilledImportContract {

    private static final String SCHEMA = "surge_killed_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    String url() {
        String server = PostgresServer.configured();
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.create-schemas=true");
    }
}
