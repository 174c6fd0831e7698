package db.migration;

import java.sql.Statement;

/**
 * On PostgreSQL, tally_latest keeps half of each page free (fill factor 50). A revision changes a key's count and
 * revision id, neither of which is indexed, so PostgreSQL can write the new row version on the same page and leave the
 * key's index entry as it is (a heap-only update) whenever the page has room for it. A full page forces a new index
 * entry into the seven-column key index for every revised key instead, which is most of what an import of revisions
 * into a large ledger costs. Half a page is room for every row on it to be revised at once, as an import of a month's
 * revised figures does; later reads of the page reclaim the old versions' space for the next revision.
 *
 * <p>The setting applies to the pages written from now on: the rows of a ledger created before keep full pages until
 * the table is rewritten ({@code vacuum full tally_latest}, see the operations guide). H2 has no such setting.
 */
public class V22__latest_counts_updated_in_place extends PostgresOnlyMigration {

    @Override
    protected void migrate(Statement statement) throws Exception {
        statement.execute("alter table tally_latest set (fillfactor = 50)");
    }
}
