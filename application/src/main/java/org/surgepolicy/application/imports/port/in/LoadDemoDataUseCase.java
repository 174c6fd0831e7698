package org.surgepolicy.application.imports.port.in;

import java.util.Iterator;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.imports.ImportLine;

/**
 * Load the demonstration data set once: illustrative daily tallies derived from CBP's monthly files, and the monthly
 * statistics they were derived from, through the same staging and set-based publish as a file import.
 */
public interface LoadDemoDataUseCase {

    /** The source every demonstration revision carries. */
    String SOURCE = "demo-illustrative-daily-values";

    /** What the data is and is not, for every place that shows it. */
    String NOTE = "The daily values are illustrative, not CBP's: they spread CBP's published monthly southwest land"
        + " border encounters over the days of each month and over the sectors (Border Patrol, by the month's sector"
        + " shares in DHS's monthly sector file) and the four southwest field offices (OFO, equally), so that every"
        + " month sums exactly to the published total.";

    /** Loads the data unless it was loaded before; a Conflict when it was. */
    Outcome<DemoDataInfo> loadIfAbsent(DemoData data);

    /**
     * @param dailyLines     the daily tallies, in line order
     * @param statisticLines the monthly statistics they sum to, in line order
     */
    record DemoData(Iterator<ImportLine.TallyLine> dailyLines, Iterator<ImportLine.StatisticLine> statisticLines) {
    }
}
