package org.surgepolicy.adapter.persistence;

import java.util.UUID;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A schema of a test's own on the configured PostgreSQL server: its name, its URL, its creation and its drop. */
public final class PostgresSchema {

    private PostgresSchema() {
    }

    /** A new schema name, unique to the caller. */
    public static String newName() {
        return "surge_it_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The JDBC URL of {@code schema} on the server at {@code serverUrl}. */
    public static String url(String serverUrl, String schema) {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * Points an application context at a new, empty schema on the configured server, which Flyway creates; returns
     * the schema's name.
     */
    public static String register(DynamicPropertyRegistry registry) {
        return register(registry, PostgresServer.configured());
    }

    /** As {@link #register(DynamicPropertyRegistry)}, on the server at {@code serverUrl}. */
    public static String register(DynamicPropertyRegistry registry, String serverUrl) {
        String schema = newName();
        registry.add("spring.datasource.url", () -> url(serverUrl, schema));
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        return schema;
    }

    /** Drops a schema of the configured server with everything in it (see {@link #drop(JdbcClient, String)}). */
    public static void drop(String schema) {
        drop(JdbcClient.create(new DriverManagerDataSource(PostgresServer.url())), schema);
    }

    /**
     * Drops a schema with everything in it. An application context may still be open on it (contexts are cached for
     * the whole run), and its background work (the audit verification, the database check, a job's last step) may
     * hold a lock in the schema: a drop that PostgreSQL picks as a deadlock's victim is tried again.
     */
    public static void drop(JdbcClient jdbc, String schema) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("drop schema if exists " + schema + " cascade").update();
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
