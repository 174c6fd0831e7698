package org.surgepolicy.adapter.rest.imports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether the data shown includes the illustrative demonstration set: when {@code loaded}, every daily value from
 * {@code from} to {@code to} with the source {@code source} is illustrative, as {@code note} says.
 */
public record DemoDataResponse(boolean loaded, boolean illustrative, String source, String note, LocalDate from,
                               LocalDate to, long rows, Instant loadedAt) {
}
