package org.surgepolicy.bootstrap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole application on the PostgreSQL server named by {@code SURGE_TEST_POSTGRES_URL} (or the system property
 * {@code surge.test.postgres.url}), in a schema of its own that Flyway creates and this extension drops afterwards.
 * A test class without a server is skipped, saying why, unless {@code surge.test.postgres.required=true}, when it
 * fails. Use it as an extension on the class, and call {@link #register} from its {@code @DynamicPropertySource}.
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final String HOW = "set SURGE_TEST_POSTGRES_URL to a JDBC URL such as"
        + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** Tells this run's schemas apart from those of another run on the same server. */
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    public void beforeAll(ExtensionContext context) {
        url();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema(context.getRequiredTestClass()) + " cascade");
        }
    }

    /** Points the application's data source and Flyway at the schema of the test class. */
    public static void register(DynamicPropertyRegistry registry, Class<?> testClass) {
        String schema = schema(testClass);
        registry.add("spring.datasource.url", () -> url() + (url().contains("?") ? "&" : "?") + "currentSchema="
            + schema);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }

    private static String schema(Class<?> testClass) {
        return ("surge_" + testClass.getSimpleName() + "_" + RUN).toLowerCase(java.util.Locale.ROOT);
    }

    private static String url() {
        for (String value : new String[] {System.getProperty("surge.test.postgres.url"),
            System.getenv("SURGE_TEST_POSTGRES_URL")}) {
            // Maven passes an unresolved ${env.SURGE_TEST_POSTGRES_URL} through when the variable is not set.
            if (value != null && !value.isBlank() && !value.startsWith("${")) {
                return value.strip();
            }
        }
        if (Boolean.getBoolean("surge.test.postgres.required")) {
            Assertions.fail("surge.test.postgres.required=true but no PostgreSQL server is configured: " + HOW);
        }
        Assumptions.abort("PostgreSQL tests skipped: no server configured; " + HOW);
        throw new IllegalStateException("unreachable: abort throws");
    }
}
