package org.surgepolicy.domain.imports;

import java.util.List;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.statistics.Statistic;

/**
 * CBP's nationwide encounters file, by area of responsibility: published monthly statistics. Its name in requests,
 * {@code cbp-monthly}, is the API's.
 */
public record CbpNationwideFile() implements StatisticsFormat {

    private static final List<String> COLUMNS = List.of("fiscal_year", "month_abbv", "component",
        "area_of_responsibility", "aor_abbv", "demographic", "citizenship", "title_of_authority", "encounter_type",
        "encounter_count");

    @Override
    public String code() {
        return "cbp-monthly";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Statistic statistic(Fields fields) {
        return CbpWords.statistic(fields, Dataset.CBP_NATIONWIDE, "citizenship", (line, component) ->
            CbpWords.area(line.value("area_of_responsibility"), line.value("aor_abbv"), component));
    }
}
