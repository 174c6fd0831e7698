package org.surgepolicy.application.imports.port.in;

import java.time.Instant;
import java.time.LocalDate;

/**
 * That the data shown includes the illustrative demonstration set, and what it is.
 *
 * @param source the source its revisions carry ({@value LoadDemoDataUseCase#SOURCE})
 * @param rows   the daily tallies loaded
 */
public record DemoDataInfo(String source, boolean illustrative, String note, LocalDate from, LocalDate to, long rows,
                           Instant loadedAt) {
}
