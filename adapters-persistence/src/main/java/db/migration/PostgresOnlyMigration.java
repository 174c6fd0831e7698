package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that changes something only PostgreSQL has: it runs its statements there and does nothing on H2, the
 * embedded default. Abstract, so Flyway does not take it for a migration of its own.
 */
abstract class PostgresOnlyMigration extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            migrate(statement);
        }
    }

    /** Runs the migration's statements on PostgreSQL. */
    protected abstract void migrate(Statement statement) throws Exception;
}
