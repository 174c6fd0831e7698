package org.surgepolicy.adapter.persistence.tally;

import static org.surgepolicy.adapter.persistence.tally.TallyRows.CELL_COLUMNS;
import static org.surgepolicy.adapter.persistence.tally.TallyRows.KEY_COLUMNS;

/**
 * The SQL of the ledger's checks: the maintained daily aggregate against the revisions summed in one pass, and the
 * revisions' chains of previous counts.
 */
final class AggregateComparisonSql {

    /**
     * Every revision's change (its count less its key's previous count) summed per day and cell in one pass over the
     * revisions, as the bare counting rule would sum a day's rows.
     */
    static final String SUMMED = summed(null);

    /**
     * The changes of the revisions that {@code condition} selects (all of them when it is null) summed per day and
     * cell. For the revisions recorded up to an instant, which are the first ones of each key's chain since ids and
     * stamps grow together, the sum of a cell is the sum of its keys' counts as known at that instant: a key's
     * changes add up to the count of its last revision among them.
     */
    static String summed(String condition) {
        return "select " + CELL_COLUMNS + ", sum(change) as total from (select tally_date, component, "
            + AggregateCells.regionSql("area") + " as region, demographic, "
            + AggregateCells.contiguousSql("citizenship") + " as contiguous_citizenship,"
            + " encounter_count - coalesce(previous_count, 0) as change from tally_revision"
            + (condition == null ? "" : " where " + condition) + ") r group by " + CELL_COLUMNS;
    }

    /**
     * The maintained and the summed total of every day and cell that either has (null where one has none): a full
     * outer join of the two on the day and cell, written as a grouping of their union since H2 has no full join.
     */
    private static final String JOINED = "select " + CELL_COLUMNS + ", max(maintained) as maintained,"
        + " max(rebuilt) as rebuilt from (select " + CELL_COLUMNS + ", total as maintained,"
        + " cast(null as bigint) as rebuilt from daily_aggregate union all select " + CELL_COLUMNS
        + ", cast(null as bigint), total from (" + SUMMED + ") s) both_sides group by " + CELL_COLUMNS;

    /**
     * The cells of the days on which the two differ, with both totals, in day order; every row also carries how many
     * days each side has. When no day differs, one row of a day that matches carries those counts (none when both
     * sides are empty).
     */
    static final String STATEMENT = "select tally_date, component, region, demographic, contiguous_citizenship,"
        + " maintained, rebuilt, day_differs, days_maintained, days_rebuilt from ("
        + "select d.*, sum(case when cell_no = 1 and maintained_cells > 0 then 1 else 0 end) over () as days_maintained,"
        + " sum(case when cell_no = 1 and rebuilt_cells > 0 then 1 else 0 end) over () as days_rebuilt,"
        + " row_number() over (order by tally_date, cell_no) as row_no from ("
        + "select j.*, max(case when maintained is distinct from rebuilt then 1 else 0 end)"
        + " over (partition by tally_date) as day_differs,"
        + " count(maintained) over (partition by tally_date) as maintained_cells,"
        + " count(rebuilt) over (partition by tally_date) as rebuilt_cells,"
        + " row_number() over (partition by tally_date"
        + " order by component, region, demographic, contiguous_citizenship) as cell_no"
        + " from (" + JOINED + ") j) d) c"
        + " where day_differs = 1 or row_no = 1 order by tally_date, component, region, demographic,"
        + " contiguous_citizenship";

    /**
     * The revisions whose previous count is not their key's count one revision before (by id), first ones first,
     * each row with how many there are in all: a sort of every revision by key.
     */
    static final String BROKEN_CHAINS = "select id, count(*) over () as broken from (select id, previous_count,"
        + " lag(encounter_count) over (partition by " + KEY_COLUMNS + " order by id) as before from tally_revision) c"
        + " where previous_count is distinct from before order by id limit :limit";

    private AggregateComparisonSql() {
    }
}
