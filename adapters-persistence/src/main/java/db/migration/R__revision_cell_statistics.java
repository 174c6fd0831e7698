package db.migration;

import java.sql.Statement;
import org.surgepolicy.adapter.persistence.tally.CellStatistics;

/**
 * On PostgreSQL, the revisions' extended statistics on their cells ({@link CellStatistics}), then an analysis of the
 * revisions that fills them in. A repeatable migration whose checksum is the statistics' definition: when the domain's
 * areas or contiguous countries change, the check groups by new expressions, and this migration runs again to make
 * the statistics match them. H2 has no such statistics.
 */
public class R__revision_cell_statistics extends PostgresOnlyMigration {

    @Override
    public Integer getChecksum() {
        return CellStatistics.create().hashCode();
    }

    @Override
    protected void migrate(Statement statement) throws Exception {
        statement.execute("drop statistics if exists " + CellStatistics.NAME);
        statement.execute(CellStatistics.create());
        statement.execute("analyze tally_revision");
    }
}
