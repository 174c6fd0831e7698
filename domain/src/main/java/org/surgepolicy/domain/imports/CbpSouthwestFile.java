package org.surgepolicy.domain.imports;

import java.util.List;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.statistics.Statistic;

/** CBP's southwest land border encounters file ({@code cbp-southwest}, no area column): published statistics. */
public record CbpSouthwestFile() implements StatisticsFormat {

    private static final List<String> COLUMNS = List.of("fiscal_year", "month_abbv", "component", "demographic",
        "citizenship_grouping", "title_of_authority", "encounter_type", "encounter_count");

    @Override
    public String code() {
        return "cbp-southwest";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Statistic statistic(Fields fields) {
        return CbpWords.statistic(fields, Dataset.CBP_SOUTHWEST, "citizenship_grouping", (line, component) -> null);
    }
}
