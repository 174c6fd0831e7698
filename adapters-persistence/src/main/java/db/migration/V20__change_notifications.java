package db.migration;

import java.sql.Statement;

/**
 * On PostgreSQL, every commit that changes the ledger's, the overrides' or the activation decisions' version notifies
 * the channel {@code surge_change} (once per statement, delivered at the commit, whoever the writer is): the service's
 * nodes keep the current data in memory between changes and read again on a notification. H2, the embedded default,
 * is one process that sees its own writes; nothing is made there.
 */
public class V20__change_notifications extends PostgresOnlyMigration {

    private static final String[] VERSIONED = {"tally_ledger", "override_ledger", "activation_decision_ledger"};

    @Override
    protected void migrate(Statement statement) throws Exception {
        statement.execute("create function surge_notify_change() returns trigger language plpgsql as $$"
            + " begin perform pg_notify('surge_change', tg_table_name); return null; end $$");
        for (String table : VERSIONED) {
            statement.execute("create trigger " + table + "_changed after insert or update or delete or truncate"
                + " on " + table + " for each statement execute function surge_notify_change()");
        }
    }
}
