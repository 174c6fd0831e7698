package org.surgepolicy.adapter.rest.simulation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/**
 * A day's hypothetical counted total.
 *
 * @param count at most a billion, so that every window's sum stays exact
 */
public record DailyCountRequest(@NotNull LocalDate date, @NotNull @PositiveOrZero @Max(1_000_000_000L) Long count) {
}
