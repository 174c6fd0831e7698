package org.surgepolicy.adapter.persistence;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the integration tests run against, from the system property {@code surge.test.postgres.url}
 * or the environment variable {@code SURGE_TEST_POSTGRES_URL}. As an extension on a test class it skips each test,
 * saying why (once in the build log, and in each test's report), when none is configured, or fails it when
 * {@code surge.test.postgres.required=true}.
 */
public final class PostgresServer implements BeforeEachCallback {

    static final String HOW = "set SURGE_TEST_POSTGRES_URL to a JDBC URL such as"
        + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    @Override
    public void beforeEach(ExtensionContext context) {
        url();
    }

    /** The configured JDBC URL; skips or fails the calling test when there is none. */
    public static String url() {
        String url = configured();
        if (url == null) {
            if (required()) {
                Assertions.fail("surge.test.postgres.required=true but no PostgreSQL server is configured: " + HOW);
            }
            String skipped = "PostgreSQL tests skipped: no server configured; " + HOW;
            if (WARNED.compareAndSet(false, true)) {
                LoggerFactory.getLogger(PostgresServer.class).warn(skipped);
            }
            Assumptions.abort(skipped);
        }
        return url;
    }

    /** Whether a missing server fails the PostgreSQL tests rather than skipping them. */
    public static boolean required() {
        return Boolean.getBoolean("surge.test.postgres.required");
    }

    /**
     * The configured JDBC URL, or null. Maven passes an unresolved {@code ${env.SURGE_TEST_POSTGRES_URL}} through
     * when the variable is not set.
     */
    public static String configured() {
        for (String value : new String[] {System.getProperty("surge.test.postgres.url"),
            System.getenv("SURGE_TEST_POSTGRES_URL")}) {
            if (value != null && !value.isBlank() && !value.startsWith("${")) {
                return value.strip();
            }
        }
        return null;
    }
}
