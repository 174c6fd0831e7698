package org.surgepolicy.adapter.persistence;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the integration tests run against, from the system property {@code surge.test.postgres.url}
 * or the environment variable {@code SURGE_TEST_POSTGRES_URL}. As an extension on a test class it skips the class,
 * saying why, when none is configured, or fails it when {@code surge.test.postgres.required=true}.
 */
public final class PostgresServer implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        url();
    }

    /** The configured JDBC URL; skips or fails the calling test when there is none. */
    public static String url() {
        String url = configured();
        if (url == null) {
            String how = "set SURGE_TEST_POSTGRES_URL to a JDBC URL such as"
                + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
            if (Boolean.getBoolean("surge.test.postgres.required")) {
                Assertions.fail("surge.test.postgres.required=true but no PostgreSQL server is configured: " + how);
            }
            Assumptions.abort("PostgreSQL tests skipped: no server configured; " + how);
        }
        return url;
    }

    /** Maven passes an unresolved {@code ${env.SURGE_TEST_POSTGRES_URL}} through when the variable is not set. */
    private static String configured() {
        for (String value : new String[] {System.getProperty("surge.test.postgres.url"),
            System.getenv("SURGE_TEST_POSTGRES_URL")}) {
            if (value != null && !value.isBlank() && !value.startsWith("${")) {
                return value.strip();
            }
        }
        return null;
    }
}
