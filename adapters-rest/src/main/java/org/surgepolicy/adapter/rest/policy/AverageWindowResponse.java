package org.surgepolicy.adapter.rest.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A window of reported days: its exact sum and day count, and their average with four decimals. */
public record AverageWindowResponse(LocalDate from, LocalDate to, long sum, int days, BigDecimal average) {
}
