package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * On PostgreSQL, the revisions carry extended statistics on the cells they fall into (R__revision_cell_statistics), so
 * that the planner expects about as many groups as the aggregate check makes. The keys below spread over eight areas of
 * two regions and eight countries of which two are contiguous: many distinct values per column, few cells.
 */
class CellStatisticsPostgresIT extends PostgresLedgerTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 6, 1);
    private static final int DAYS = 40;
    private static final List<String> AREAS = List.of("RGV", "EPT", "SDC", "TCA", "ELC", "YUM", "MIP", "NLL");
    private static final List<String> DEMOGRAPHICS = List.of("SINGLE_ADULTS", "FMUA");
    private static final List<String> CITIZENSHIPS = List.of("MEXICO", "CANADA", "GUATEMALA", "HONDURAS", "CUBA",
        "HAITI", "ECUADOR", "PERU");
    /** One component, two regions, two demographics, contiguous or not. */
    private static final int CELLS_A_DAY = 2 * 2 * 2;

    @Test
    void theStatisticsCountDistinctCellsOfTheRevisions() {
        assertThat(database.jdbc().sql("select stxkind::text from pg_statistic_ext where stxname = :name"
                + " and stxrelid = 'tally_revision'::regclass")
            .param("name", CellStatistics.NAME).query(String.class).single()).isEqualTo("{d,e}");
    }

    @Test
    void afterAnAnalysisThePlannerExpectsAboutAsManyCellsAsTheCheckFinds() {
        database.committedAt(Instant.parse("2024-07-20T00:00:00Z"),
            () -> ledger.append(tallies(), "operator", "cells"));
        database.jdbc().sql("analyze tally_revision").update();

        long cells = database.jdbc().sql("select count(*) from (" + AggregateComparisonSql.SUMMED + ") s")
            .query(Long.class).single();
        long expected = estimatedRows("explain (format json) " + AggregateComparisonSql.SUMMED);

        assertThat(cells).isEqualTo((long) DAYS * CELLS_A_DAY);
        assertThat(expected).isBetween(cells / 2, cells * 2);
    }

    /** The planner's estimate of the rows a statement returns: its top node's. */
    private long estimatedRows(String explain) {
        String plan = database.jdbc().sql(explain).query(String.class).single();
        Matcher rows = Pattern.compile("\"Plan Rows\": (\\d+)").matcher(plan);
        assertThat(rows.find()).as("a row estimate in %s", plan).isTrue();
        return Long.parseLong(rows.group(1));
    }

    private static List<Tally> tallies() {
        List<Tally> tallies = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (String area : AREAS) {
                for (String demographic : DEMOGRAPHICS) {
                    for (String citizenship : CITIZENSHIPS) {
                        tallies.add(new Tally(TallyKey.parse(FIRST_DAY.plusDays(day), "USBP", area, demographic,
                            citizenship, "APPREHENSIONS"), 10 + tallies.size() % 7));
                    }
                }
            }
        }
        return tallies;
    }
}
