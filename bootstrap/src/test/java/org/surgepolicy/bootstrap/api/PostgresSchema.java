package org.surgepolicy.bootstrap.api;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.surgepolicy.adapter.persistence.PostgresServer;

/** Points the application at a new, empty schema on the configured PostgreSQL server. */
final class PostgresSchema {

    private PostgresSchema() {
    }

    /** Registers the datasource and Flyway properties for a fresh schema; returns the JDBC URL used. */
    static String register(DynamicPropertyRegistry registry) {
        return register(registry, PostgresServer.configured());
    }

    /** As {@link #register(DynamicPropertyRegistry)}, on the server at {@code url}. */
    static String register(DynamicPropertyRegistry registry, String url) {
        String schema = "surge_app_" + UUID.randomUUID().toString().replace("-", "");
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        registry.add("spring.datasource.url", () -> withSchema);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        return withSchema;
    }
}
