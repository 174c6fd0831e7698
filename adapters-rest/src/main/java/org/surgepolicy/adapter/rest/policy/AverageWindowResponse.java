package org.surgepolicy.adapter.rest.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A window of reported days: its exact sum and day count, and their average with four decimals. */
public record AverageWindowResponse(
    @Schema(description = "The window's first day")
    LocalDate from,
    @Schema(description = "The window's last day")
    LocalDate to,
    @Schema(description = "The counted encounters of its days, exactly: every threshold is compared with this sum")
    long sum,
    @Schema(description = "How many days it holds")
    int days,
    @Schema(description = "sum / days with four decimals, for people: 2,499.8571 is below 2,500")
    BigDecimal average) {
}
