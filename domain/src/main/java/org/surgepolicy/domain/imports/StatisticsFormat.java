package org.surgepolicy.domain.imports;

import java.time.LocalDate;
import org.surgepolicy.domain.statistics.Statistic;

/** A format whose rows are published statistics: kept apart from the ledger, for reconciliation. */
public non-sealed interface StatisticsFormat extends ImportFormat {

    /** The statistic a line says; throws naming every bad field. */
    Statistic statistic(Fields fields);

    @Override
    default ImportLine.StatisticLine read(long lineNumber, Fields fields, String raw, LocalDate latestDate) {
        return new ImportLine.StatisticLine(lineNumber, statistic(fields), raw);
    }
}
